ITEMS = [
("""I had never heard of pre-eclampsia until I became severely unwell with it at 25 weeks pregnant. I started to feel unwell around 22 weeks and had swollen legs, had gained a lot of weight went from a size 6 to a size 10/12 in the space of a week, had severe migraines, I even had dreams of blood pressure machines and my baby dying, midwives dismissed all of this and reassured me it was normal to gain weight and normal to have some swelling of the legs in pregnancy.""",
 "URGENT","emergency","lay","Action on Pre-eclampsia 'Molly's story': https://action-on-pre-eclampsia.org.uk/mollys-story/ (outcome on page: severe early onset pre-eclampsia; GP sent her to hospital)"),
("""At 7 months (32 weeks) into my pregnancy, I developed other symptoms. I had swelling all over my body, chest pains and my vision was affected with black spots in my right eye as well as a constant headache. My mum was very worried and said I should get medical help.""",
 "URGENT","emergency","lay","healthtalk.org 'Pre-eclampsia and high blood pressure in pregnancy: Paige': http://healthtalk.org/peoples-experiences/pregnancy-children/pre-eclampsia-and-high-blood-pressure-pregnancy/paige (GP sent her straight to hospital; daughter born the next day)"),
("""It was my first pregnancy and I'd been absolutely fine apart from a bit of early morning sickness. Then I got to about 35 weeks and I just started to feel really crap. Still working, I just felt rotten really and I was really tired, felt nauseous and then I started randomly vomiting every couple of days and had a bad chest pain.""",
 "URGENT","emergency","lay","GoodTo 'I had all the preeclampsia symptoms but everyone kept telling me it was just part of a normal pregnancy': https://www.goodto.com/family/pregnancy/i-had-preeclampsia-symptoms-667876 (outcome on page: pre-eclampsia with platelets so low her blood wasn't clotting)"),
("""Firstly, I was sick every single day throughout the pregnancy, which can be an early warning sign. But it’s also common for many mums to feel nauseous for months.

Secondly, my face swelled up - but I joked I was eating for two a little too enthusiastically, and was just piling on the pregnancy weight.""",
 "URGENT","emergency","lay","Netmums 'One mum shares her terrifying pre-eclampsia story': https://www.netmums.com/pregnancy/one-mum-shares-her-terrifying-pre-eclampsia-story (outcome on page: diagnosed and rushed to hospital for emergency treatment)"),
("""So Thursday morning I woke up with a headache. I'm not prone to headaches, but I had felt a sore throat coming on the day before and assumed that I was coming down with something. Considering I had had a particularly poor night of sleep, with more than one child waking me up, I was not surprised to feel so poorly.

I didn't get a chance to mention it to Rob before he mentioned he had a headache. I thought that was a weird coincidence and figured we were coming down with the same bug. Then Caleb woke up not feeling well, also claiming a headache.""",
 "URGENT","emergency","lay","rollinsfam.blogspot.com 'Our Latest Drama or How We Almost Could Have Died': http://rollinsfam.blogspot.com/2010/01/our-latest-drama-or-how-we-almost-could.html (outcome on page: carbon monoxide poisoning, CO 60-200 ppm from a cracked furnace)"),
("""Natasha work up at 4am this morning (saturday) - gagging and
throwing up. This went on for almost 8 hours when she started to
complain of sharp stomach pain. Honestly - I thought it was her
appendix.""",
 "URGENT","emergency","lay","hypotheticallygarn.blogspot.com 'Safety check': http://hypotheticallygarn.blogspot.com/2011/11/safety-check.html (outcome on page: carbon monoxide poisoning; doctor: 'go back to ER right now')"),
("""Lucky, the family shepherd mix, was staggering around the house early yesterday when Barryn and Nina Carlton awoke, and then noticed they and their teenage sons all had headaches and flu-like symptoms, fire officials said.""",
 "URGENT","emergency","lay","The Boston Globe 'Carbon monoxide sickens family' (reposted on Silicon Investor): https://si.frajer.net/readmsg.aspx?msgid=21955520 (whisked to MetroWest Medical Center, treated for carbon monoxide poisoning)"),
("""One icy February morning, my nine-month-old son would not wake up. He had slept two hours past his usual waking time. He was recovering from a stomach virus he got from daycare, so I thought he needed the extra sleep to heal. When he did awake, he started crying and he arched his back violently.

I tried to feed my baby, but he wouldn't nurse. He started crying again, and then he fell asleep. I let him sleep for another hour and then I tried to wake him. Again, he wouldn't nurse. He would arch his back and cry, and then he would stop crying and fall asleep.""",
 "URGENT","emergency","lay","tanyadarling.blogspot.com: https://tanyadarling.blogspot.com/2008/11 (doctor sent them to the Emergency Room; intussusception, ambulance to a children's hospital)"),
("""The symptoms started abruptly.

We were in the car, my mom and I and my two young children, on a trip in Texas, in the middle of nowhere. Sam, the baby, started having bouts of wrenching screams every hour on the hour. Nothing could soothe him. He nursed, then spat everything up. Then he’d calm down, get tired, only to start up again, in pain.""",
 "URGENT","emergency","lay","UVA Health blog 'Intussusception: The Common Emergency You Don't Know About': https://blog.uvahealth.com/2015/11/13/intussusception/ (outcome on page: intussusception, 'the most common abdominal emergency in babies'; hospital IV)"),
]
