ITEMS = [
("""10.05am - I got into my car and drove towards home, but stopped in a lay-by in the country lanes. Here, sobbing and alone, I quickly swallowed 20 pills and washed them down with the water.

Straight away I regretted it. Straight away, I phoned my mum and told her what I had done. I was absolutely distraught and most upset over how my family would feel. I couldn't get my words out.""",
 "URGENT","crisis","crisis","pull-yourself-together.blogspot.com 'World Mental Health Day: My overdose': https://pull-yourself-together.blogspot.com/2016/10/world-mental-health-day-my-overdose.html (overdose just taken; dad took her straight to A&E, hospital)"),
("""Wednesday night. I took an overdose of paracetamol. Again. Oops. It wasn’t a huge amount, but it was definitely an overdose and a larger amount of paracetamol than I had ever taken before.

I woke up early in the morning, at about 3am, and felt incredibly nauseous. Eventually I fell asleep again and at about 6:30am, I woke up. Most of the nausea had subsided but I was still afraid at what I had done.""",
 "URGENT","emergency","lay","willfindhope.wordpress.com 'Hospital following an OD: Day 1': https://willfindhope.wordpress.com/2010/08/28/hospital-following-an-od-day-1/ (Poisons Information Centre: go to hospital, amount was toxic; Emergency Department)"),
("""I don’t usually take painkillers - I have a sensitive body and refuse to take them unless I can't bear without them and this was one of those times. I was taking them religiously and they were doing their job very well. 

I was sat on the sofa with my mum and she just so happened to read out the back of the box. On the box it said the usual ‘Take 2 every 4 hours. DO NOT take more than 4 doses in 24 hours’ 

Then alarm bells rang. Being new to painkillers, I had been taking them throughout the night as well as throughout the day - so when the maths was done, I had taken far too many.""",
 "URGENT","emergency","lay","miasaid.com 'The Dangers of Paracetemol - My Time in Hospital': https://www.miasaid.com/lifestyle/2018/4/2/the-dangers-of-paracetemol-my-time-in-hospital (NHS 111 told her to get to A&E; nurse: risk of liver failure, stayed for blood test)"),
("""But around 30km into the marathon, Brett started feeling tired. At 35km, soon after his running partner had taken two anti-inflammatories, he took two as well. “About 2km later I started feeling a bit dizzy,” he recalls. The two began walking, only running when Brett felt able to.  

With 2km to go they decided to run for 1km, during which time Brett failed to see a very visible “no stopping” sign. Then, with 400m to go, he felt very dizzy but focused on getting over the finish line.""",
 "URGENT","emergency","lay","Mediclinic 'Surviving the marathon inferno: Brett Hannington's battle against heat stroke': https://mediclinicfamily.co.za/surviving-the-marathon-inferno-brett-hanningtons-battle-against-heat-stroke/ (outcome on page: collapsed, life-threatening heat stroke, ice bath)"),
("""I'd been walking through my mom's empty house, when a foreign sensation punched me in my chest. Stopping dead in my tracks, I tried to take a deep breath but found my chest too tight for that.

The couch was a few feet away so I decided to sit down and told myself I'd been under a lot of stress recently, and that my heart losing it's rhythm and beating in some alien fashion was completely normal.""",
 "NOT_URGENT","self-care","lay","four59.blogspot.com 'Sucker Punched': http://four59.blogspot.com/2017/06/sucker-punched.html (ER doctor after normal heart tests: 'Just a panic attack'; find a way of coping)"),
("""My friend Susan was driving on a busy Atlanta highway when she was struck by what she was certain was a heart attack. Her heart started pounding out of her chest, her breathing was so constricted she was gasping for air, and she was pouring sweat.""",
 "NOT_URGENT","self-care","lay","optimisticliving.com '8 natural remedies for panic attack relief': http://www.optimisticliving.com/8-natural-remedies-for-panic-attack-relief/ (outcome on page: ER tests normal, 'She'd had a panic attack')"),
]
