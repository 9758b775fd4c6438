# SDCNL crisis posts (r/SuicideWatch, is_suicide=1). Title and body as in the CSV ("" unescaped to ").
SDCNL_TEST = "ayaanzhaque/SDCNL:data/testing-set.csv@2e0b2001e60c55d611e4c2616017fe80b054e455"
SDCNL_TRAIN = "ayaanzhaque/SDCNL:data/training-set.csv@2e0b2001e60c55d611e4c2616017fe80b054e455"

CRISIS = [
 # (file, row id, title, body, why)
 (SDCNL_TEST, 1851, "14 hours, tick tock",
  """Maybe this will be the last time I'll be posting here, and allow me to express my gratitude for all of you, I have met few amazing people through here in the last year and I'm glad, that I spent the last year without the rules of the society and at my will, well worst and I don't regret a second of it. I'm glad to have had such a privileged life, ups and downs but most of it all was such a ride. I'm content, I'm not angry or upset nor feeling helpless, I'm feeling like it's time. It was a good 21 year ride, and bless the reddit for it helped me laugh countless times with the memes and helped me get in touch with myself through its amazing redditors, you all rock, hope to meet you all one day after that rainbow bridge.
Thank you and goodbye. :)

Update: I was caught by my mom while preparing for it and she didn't need a second to release what I was about to do, I'm on surveillance now, there goes me, failed again. Nonetheless, thank you to everyone who tried to reach me and left a kind comment. Back to hell, back to reality, back to existing.""",
  "goodbye post; update says caught while preparing"),
 (SDCNL_TEST, 1265, "guilt",
  """I've been suicidal in the past and really thought I was better. For some reason started thinking about all the bad/hurtful things I've done to people and within like a week went from feeling generally good to researching ways to kill myself. I feel like a shit person and like there's no good reason for me to live. I just want to stop feeling guilty and I don't know how to do that except kill myself. And I feel like I would kind of deserve it.

I'm scared that even if I make it through this I'm just doomed to being suicidal all my life and eventually I'll be impulsive enough to do it. Even just thinking this way makes me feel guilty because I know how much being suicidal hurts and scares my friends and family. I feel like a bad person for reaching out for help.""",
  "researching ways to kill myself"),
 (SDCNL_TEST, 1836, "I feel so hopeless at this point, I want to be encouraged to end my misery",
  """I'm 49, single and still a virgin believe it or not.

Religion,  Neuroticism , introversion, possible aspergers etc. It is not a simple problem.

I'm a guy. Today is my bday.I bought a can of chlorinated brake cleaner and want to hit it with a welder. That is pretty much what they used in WWI to wipe out the trenches. You smell a fresh cut lawn and a day later you are in a great place. I don't care if I suffer a bit but it is a 100% kill rate. Every single day is suffering for me.

No, I'm not some 19 yo writing this. They have their whole life ahead of them.

Now, it is not like I went out without a fight. In the last few years I watched every self help video. Most were aimed at young guys probably.

I bought clothes.

I have cool hobbies. I work on cars. I fix houses. I like to cook.

I work out. I run and rollerblade - 25 miles is not a problem - I don't even get out of breath. I'm still skinny though and built almost like a teenager. I tried to build muscle but I can't. Men my age look "substantial." My neighbor is my age EASILY twice my size.""",
  "method obtained (brake cleaner + welder); pasted up to a sentence end before the 1200 cut"),
 (SDCNL_TEST, 1131, "Help.",
  """I put my shotgun to my chin and pulled the trigger (not bullet in the chamber) and it felt good""",
  "rehearsal with a firearm"),
 (SDCNL_TEST, 1596, "I've decided I am killing myself by the end of the year",
  """If nothing changes by the end of the year I've decided to kill myself. I can't live like this anymore. I'm so tried. I'm sick of failing in life again and again and again I'm sick of people calling me crazy I'm of being treated like crap I'm sick of life. If nothing changes by the end of the year I plan on killing myself before I turn 20. IM SO TRIED I WANT IT TO END I WANT RELIEF""",
  "decided, deadline stated"),
 (SDCNL_TEST, 1290, "I want to kill myself.",
  """I really am having a hard time with life. Nothing in my life seems worth achieving or working for. I'm emotionally filled with self hatred to the point where I just want to end it all. I harm myself fairly often and it does little to quell my disgust in myself. I am barely holding on. I would have done it earlier but I couldn't find any blades.""",
  "ongoing self-harm, method sought"),
 (SDCNL_TEST, 1200, "Everything is ready I'm gonna do it",
  """I'll die in my old room

I'm 20 years old and its 2020. I wanted to die on my birthday, may 21 2020. But I cant last longer anymore.

I'll be homeless soon since my dad threatened to kick me out today because I'm a problem to him which he doesnt want to fix and that it's too much for him to handle.

My mom left me when I was a kid, my family deserted me, my friends stopped talking to me, my brother hates me so much and my dad wants to leave me too now. 

So

Since I'm a problem, a number, a worthless person

I'm doing myself a favor 

Since nobody wants to help me not even God or Jesus christ 

So be it""",
  "everything ready, place stated"),
 (SDCNL_TEST, 1888, "Hate myself etc",
  """Another period of apathy and emptiness setting in. Is that better than feeling miserable all day? I can\u2019t tell, both are shitty ways of being 

Still want to kill myself

If meds don\u2019t work I\u2019m definitely killing myself, I can\u2019t deal with this, everyone will be better off with me dead

I hate that I couldn\u2019t die on the 29th of February like I wanted, not making the same mistake that kept me alive next time""",
  "planned date passed, intends next time"),
 (SDCNL_TEST, 1073, "I wish I hadn't survived",
  """But I did.  So I'm here, suffering till I can do it right.""",
  "after an attempt, intends to retry"),
 (SDCNL_TEST, 1543, "I'm looking to end my life any suggestions are appreciated",
  """I've tried to fight this battle for too long I'm causing people i love to suffer and they don't need this crap I've given up on trying to get better i want my life to end i live in the United kingdom so any suggestions on what i can do to end my life is appreciated i don't care how leathal or painful it is as long as its relatively quick and clean""",
  "method-seeking"),
 (SDCNL_TEST, 1249, "Found a note from a girl I met in inpatient 3 years ago",
  """I barely knew her, but she saw me struggling and immediately came to comfort me. She wrote me on a piece of paper ways to feel better and never end up in the hospital again, along with her number if I need anything. 3 years later I want to kill myself again, I want to call her but I feel bad unloading my baggage on a random person who probably doesnt even remember I exist. I have no one else. I dont know what to do. I just cut my thighs I wanna shove the switch blade into my throat and I have no one to call besides this random girl who showed me kindness 3 years ago in a loony bin""",
  "self-harm just done, blade in hand"),
 (SDCNL_TEST, 1716, "how r ppl this clueless",
  """Today I got brave enough to tell my mom I\u2019m not okay and that I need to go to the hospital. I told her last year that I tried to die when she found my suicide notebook and saw my SH marks on my arm. I haven\u2019t been going to school and she sees me cry almost everyday. But when I told her she said \u201cwhat made you think like that\u201d and \u201cyou can\u2019t think like that\u201d. I said we need to go to the hospital idk what\u2019s going to happen tonight. She said why would I go to the hospital and for what reason, like she doesn\u2019t know. I told her never mind and she just moved on like it was nothing. Like her daughter is nothing. 

I also told my dad today, but all he could ass was \u201cwhy would u feel the NEED to think like that\u201d and asked me a bunch of questions as if it\u2019s my fault I\u2019m depressed and want to die. 

My friends know that I go through depressive moods and the first time they cared but by now, they don\u2019t even bother to check up on me. 

I\u2019ve been trying to get better by myself but I can\u2019t do it. I stopped SH but that doesn\u2019t make the thought go away. I\u2019m just so tired and alone. 


If I die tonight, atleast I tried.""",
  "'idk what's going to happen tonight', 'If I die tonight, atleast I tried'"),
 (SDCNL_TRAIN, 1831, "Someone to talk to before suicide",
  """This is a weird question, but is there someplace I can call and talk to someone before I go? I don't want to be talked out of it. I just want one last, good conversation.""",
  "intent, 'before I go'"),
]

CRISIS += [
 (SDCNL_TEST, 1673, "By next week",
  """I'll be using a certain method that is inhaling and when those two chemicals are mixed together , it has a 100 % fatality rate. After next Monday when I grab something to eat and a beer then I'll go to a place in the hills or somewhere where I won't be stopped and complete the method. Soon I'm going to be asleep and forever away from human suffering and be free if any issues for eternity \u2764\ufe0f""",
  "method, place and day stated"),
 (SDCNL_TEST, 1642, "I fucked up",
  """I can\u2019t believe how fucking dumb I am. I fucking ruined  one of the best things that happened to me. I want to die . I want to die. I need to kill myself soon. Please god don\u2019t let me wake up tomorrow""",
  "'I need to kill myself soon'"),
 (SDCNL_TEST, 1268, "Gonna kill myself after prom",
  """I\u2019ve been suffering from depression and anxiety since like 8th grade. I was molested when I was younger which definitely doesn\u2019t help but honestly I just wanna kill myself cause of my current situation. I just feel so lonely and just downright defeated honestly. I thought I\u2019ve been getting better but realized that I\u2019m actually just regressing in different ways. Instead of being sad about my problems I laugh them off and ignore them leaving them there, instead of being too open with my friends driving them away I now have serious problems not being able to express that I care about people. It\u2019s to the point that apparently (someone else pointed this out) I physically shake when I begin talking about anything wrong with myself. I\u2019m so fucking sick of this you\u2019d think of after 4 YEARS of consistently fighting and trying everything (medicine, mediation, therapy) NOTHING has been accomplished. I always feel like an outsider looking in, never really belonging. Sometimes I think my friends secretly don\u2019t like me and I don\u2019t blame them. How could you like someone who can\u2019t express that they care about you. Never been in an actual relationship, to the point to where when my entire workplace realized I probably wasn\u2019t going to prom so my friend volunteered to go with me which to me feels like a complete pity act as she does have a boyfriend. So I think my current plans are I\u2019ll take this last month to get everything in place, have a great time at prom, and overdose on something (probably alcohol). College life and adult work don\u2019t seem my speed anyways. I genuinely think this will be the best thing""",
  "plan: overdose after prom (the title states it; the 1200 cut may drop the plan sentence)"),
 (SDCNL_TEST, 1435, "I failed. What now?",
  """I tried to kill myself via partial suspension hanging and all I got was a headache. What now?""",
  "attempt just made (hanging)"),
 (SDCNL_TEST, 1670, "If I do not come out to my parents before my birthday, I will commit suicide",
  """I'm not gonna let myself chicken out of it lol.""",
  "stated intent with a deadline (conditional)"),
 (SDCNL_TEST, 1624, "I can\u2019t afford to live",
  """I come from and live in a country where things are too hard and over half the population is unemployed and suffering mentally. The only people surviving are doing something illegal like pulling the most scams, kidnapping or prostitution. I wish I can indulge in any of this, I have tried to do everything legally even with a degree i seem not to find a job.

It is too hard for me to live on, I can\u2019t afford basic meal or rent and this hardship has set even my family apart.

I am thinking of taking my life as the problem persist. See you guys on the other side if ever succeed.""",
  "goodbye ('See you guys on the other side')"),
 (SDCNL_TEST, 985, "At the end of this year i planned to kill myself but i dont think im gonna make it.",
  """For the last 7 years ive had horrible stomach problems, i throw up atleast 4 days every week, i feel nauseous constantly, i have a ton of pain in my stomach, and after all these years ive gotten so malnourished and worn out that every part of my body is in pain. Ive seen numerous Gi specialists who have all told me that im in perfect health, despite their best efforts nothing they have tried has ever worked. The last specialist i saw basically told me that everything had been tried and there was nothing left for him to do, he gave me a few meds to try but they didnt help at all. Ive been seeking help with my mental health for over 5 years but in the end everyone ive seen has either dismissed me immediately or kicked me out after a year of not helping. The last time i tried to get help i ended up getting seen for maybe 5 minutes then told i had mild depression and given a recommendation to take back to my GP. The final nail in the coffin was yesterday when i went to see an ENT after over a year of waiting, ive had what i thought was sinusitis but just like every other doctor he told me i was perfectly healthy and that he couldnt help me.""",
  "plan stated in the title; body pasted to a sentence end before the 1200 cut"),
 (SDCNL_TEST, 1813, "I even failed at this",
  """I tried to hang myself today. It didn't work. I don't know where to go from here or what to do. I guess I'll try again some other way.""",
  "attempt today, will retry"),
 (SDCNL_TEST, 1033, "Just in case...",
  """I'm an 18 year old with severe depression, anxiety, ADHD, borderline personality disorder and DID at a point in my life. But I'm slowly recovering.

I have always felt like I never belonged to this world, because I am "too imaginative" and "too kind". I behave "not like how people should". I'm mostly well-liked, but I know they think I'm a weirdo. Everyone does.

It's final exam time for us, and I have to secure good marks, otherwise I won't be able to enter any good streams in a good college. It would be the end of my future. My family is in a financial crunch, but they give up everything for me. I am dead-set on helping my friends get through their depression and suicidal tendencies, but I'm failing at that. I have had three attempts, but I was saved by a person, who himself was alexithymic (I think) and suicidal. He still is, and he says if he doesn't do well, he will commit suicide.

I don't know what I'm gonna do if I don't perform the way I should. But I certainly know that I will die if he does.

In case everything goes wrong, I'll leave. There's no other way. The day of my death is nearing. It's just 3 months away.

Love you all. Have a good day.""",
  "date set, goodbye"),
 (SDCNL_TEST, 1558, "hi please can i talk to someone im gonna kill myself im 17f",
  "", "title-only post (body 'emptypost'); 'im gonna kill myself'"),
 (SDCNL_TEST, 1476, "A kink in my suicide plan, not sure what to do",
  """I'm a useless freeloader who's never, not for a single second, done or said anything of use. A few years ago my parents were sorting out stuff to do with life insurance and, even though I never asked, I kinda just assumed I had life insurance. My suicide plan was to, obviously, off myself (but not make it look like suicide) then have my parents collect on my insurance and donate my body to science. No funeral costs, huge sum of money, and a freeloader off their back for good.

I don't actually know if the plan would work, I haven't researched it much obvs 

Except now I know it definitely won't work because I just learned that I don't have life insurance... and I'm sure it would look hella suspicious if I had a policy taken out on me only to die a few days later...

&amp;#x200B;

I want my suicide to benefit my family. I hate the idea that, in death, I'll continue to be a waste of time, money, and energy.""",
  "suicide plan described ('&amp;#x200B;' markup kept as in the CSV)"),
 (SDCNL_TEST, 1627, "my parents are refusing to let me get help again",
  """i am so goddamn hopeless. all i want to do is end it. i could have a happy life, i know that, but now is hard enough to make me not want that. i had a psychiatrist appointment scheduled on the 7th, but my dad found out and is in a fight with my mom about it, who keeps coming into my room to tell me its all my fault because i don't want to try to convince my father that i DESERVE to seek treatment for already diagnosed depression and ocd. i am tired. nothing ever gets better. tonight might be the night i go. i fucking hope so anyway.""",
  "'tonight might be the night i go'"),
 (SDCNL_TEST, 1049, "what the hell happened to me",
  """god, I really fucking let myself go. it shouldn't be like this. I'm still young. I'm 14. I shouldn't be failing all my classes. i shouldn't be constantly in and out of mental hospitals. i shouldn't be smoking and swallowing and shooting and snorting whatever i can get my hands on. i shouldnt have scars all over my arms, legs, belly, chest, and face from cutting. i should be having fun. i should be going to school. i should be hanging out with friends and getting coffee after school and riding my bike and doing kid stuff. instead im a fucking drugged-out suicidal dissapointment who fucked her life up. why cant i just go back to when i was just a carefree little kid. before my dad changed. before my mom stopped caring. before i realized i liked girls. before all the drugs and mental illness. im getting a zip of xanax in a few days. i know my friends might miss me for a bit, but theyll move on. im done. if i don't kill myself. the coke and pills will""",
  "means being obtained (xanax), 'im done'"),
 (SDCNL_TEST, 1117, "Life isn\u2019t worth it",
  """Failing half my classes, same as last semester, going to drop out of college at the end of the semester with no life direction, no ambition, no motivation, no desires, dreams, will to live. I don\u2019t know how I\u2019m going to hide the scars covering my arm during the summer when it\u2019s 100 fucking degrees out. I\u2019ve worn short sleeve shirts my whole life almost never wearing long sleeves (not counting hoodies/coats/etc) so I\u2019ll definitely receive lots of questions if I\u2019m sweating my ass off wearing a long sleeve shirt for no reason during hot summer days. 

Don\u2019t really see a way out of this shitty life other than killing myself. Mom asked me a couple weeks ago where I see myself in 10 years. I told her I didn\u2019t know, but all I could think was that I don\u2019t see any scenario where I\u2019m alive in 10 years. Might as well just off myself now before everything goes to shit... sorry... before everything gets even shittier just like it always does. Cutting my hand right now cause I know it won\u2019t leave scars like are on my arm. Don\u2019t even know why I\u2019m writing this. Maybe I just need to rant or get this off my chest. Maybe some part, hidden deep away inside me, actually believes typing this out will help. 

Nothing helps. I can distract myself from these thoughts temporarily, but ignoring the water doesn\u2019t mean you\u2019re not drowning.""",
  "self-harm in progress ('Cutting my hand right now')"),
 (SDCNL_TEST, 1161, "Please someone help me",
  """I need to know an effective and painless method
Please if u know some tell me
I can't last longer.""",
  "method-seeking"),
 (SDCNL_TEST, 1181, "Life is Overrated",
  """Now I have no right to be complaining because my Asian family isn\u2019t get strict. I do have some pressure to be smart from peers and even teachers. But since I\u2019m a fragile hoe, I\u2019m depressed and just want my life to end. I\u2019m a huge hypocrite, and I get mad over the most ordinary things that aren\u2019t important. One example of my ridiculous hypocrisy was when I ranted about my friend who\u2019s in a terrible family situation. I constantly insulted him and said that he was faking depression and begging for attention. What he was doing was begging for sympathy and I had no right to be saying anything because people who are depressed are more inclined to act that way. And even now I make fun of him. I don\u2019t know what is wrong with me except for everything. And now I\u2019m the one begging for sympathy. And I\u2019m somewhat glad that nobody gives it to me because I don\u2019t deserve sympathy. I feel that it\u2019s really ironic that I\u2019m talking about this because I just made a project convincing people not to commit suicide. Oh and what do y\u2019all recommend, slitting or jumping? I could write sooo much more but I\u2019m kinda lazy.""",
  "method-seeking ('slitting or jumping?')"),
 (SDCNL_TEST, 1304, "Rose are red something is blue I want to hang from the ceiling how about you",
  """So my way of calling for help is making a sucidal joke, but nobody takes me seriously because I feel that we've been so dumbed down to it that everyone is sucidal. So why do so many people fake it for attention I was this close to hanging myself I could feel my heart stopping but the rope snapped, even though I had rope burn for 2 weeks and my eyes were fucked everyone said I did it for attention...Fuck you if you fake it for attention because of you I can't get help for this problem and I may Aswell finish the joke FUCK YOU seriously if you do this because your ego needs attention.""",
  "recent hanging attempt, 'I may Aswell finish the joke'"),
 (SDCNL_TEST, 1475, "I think it\u2019s time.",
  """I\u2019m loosing my apartment. My job is constant and I\u2019m hardly home. The only time I feel normal is when I\u2019m higher than a kite. Seriously what\u2019s the point anymore of trying? I know I\u2019m a burden and I know people don\u2019t like me. Why keep living if you aren\u2019t liked? Maybe I\u2019ll wait till my grandpa passes so it\u2019s all the heart ache at once.""",
  "'I think it's time', timing considered"),
 (SDCNL_TEST, 1286, "This is my first and last Reddit post",
  """...because I\u2019m killing myself in the next few hours. I wanted to be able to push through all the pain that I\u2019ve been in for so long and I wanted to believe that it could get better for me, but the waiting isn\u2019t worth it. It\u2019s not getting better and I\u2019m too weak to keep dealing with this day in and day out. I\u2019m sorry that this will hurt people who knew me \u2014 probably people who I don\u2019t even think care about me. But I need to be selfish for today and do something for myself and put an end to this. 

Goodbye.""",
  "'killing myself in the next few hours', goodbye"),
 (SDCNL_TEST, 1871, "I\u2019m killing myself today",
  """I don\u2019t know if it will work but I don\u2019t care. No body wants me here. I\u2019m always alone. When I think i\u2019ve found someone they always leave me. When i\u2019m happy and finally start to believe i\u2019m getting better it\u2019s always ripped away from me. I\u2019m too fat. I\u2019m too ugly. I\u2019m too dumb. I will never be enough. No one will miss me. No one will cry. If they will they will forget about me in a few days.




Goodbye""",
  "'killing myself today', goodbye"),
]

CRISIS += [
 (SDCNL_TRAIN, 1114, "Running Out of Time",
  """The method of suicide I selected is hypothermia. There's a river near my house with 40 degree water Fahrenheit, 4 degrees Celsius. Being in there at night, no one would see me. I would tie a rope to a life jacket and confine myself to a tree so I don't drift along the current to a spot where someone would find me. Death would occur within a couple of hours of being in the water, and unconsciousness would happen before then. This method is easy to pull off because it doesn't involve highly intense pain, and I can get out if I really want to.

The problem is that this isn't going to work soon, due to the warmer seasons approaching. I have to quickly decide if I want to die. I'm afraid that if I don't act now, I'll regret it and have to endure life for another year, but I'm also not 100% set on death just yet.""",
  "method and place chosen"),
 (SDCNL_TRAIN, 1541, "I'm not adding any value to the workplace (internship) and there's no one to guide me through any of the work. I feel worthless piece of shit. I feel it's partly my fault. No one cares here and I believe I got some undiagnosed dperession",
  """I've made a whole google doc sheet about how I'm going to kill myself and it looks pretty good with 31 ways in the list. I don't have any emotional support around, my mum would just give me silent treatment when I say how I feel. I get anxiety attacks often a lot of times and it's really hard for me to open up around here. Should've just stayed in college than come at the wrong place (ie. Here). When I get any idea of my own, they'd shut it down or give no response. I don't know if I'm even going to survive in any corporate workplace.""",
  "list of methods prepared"),
 (SDCNL_TRAIN, 1007, "Nobody gives a crap about me.",
  """I\u2019ve lost all my friends over the past year. Got dumped by me gf last year. Nobody checks up on me. Girls don\u2019t even wanna talk to me. I\u2019m so lonely. I don\u2019t think I can take it much longer. I\u2019m tired of praying. I don\u2019t believe in god anymore. Every time I pray it brings nothing. Everyday that passes makes me realize how worthless my life is. I just don\u2019t know what to do anymore.i think I\u2019m gonna end it in about a week after I have time to get things together and write a few notes.""",
  "timeframe and notes ('end it in about a week ... write a few notes')"),
 (SDCNL_TRAIN, 1374, "A Question",
  """Hi there. I have made the decision to end my life. I have written a letter to the people in my life, explaining my choice. I keep re-reading it and I just can't help but feel like maybe the letter is too much. Maybe it will only create more drama in the aftermath of my suicide. Maybe I should just go quietly and not even say anything at all? Is it more selfish to leave a note or to not? I just want to die with the least impact to anyone around me.""",
  "decision made, note written"),
 (SDCNL_TRAIN, 1736, "How?",
  """I've already made my decision, but i need to know. How can i go about telling my best friend that I love her, just to make sure I've done everything i feel necessary? She's been the best thing to ever happen to me, and i want her to know that.""",
  "decision made, settling affairs"),
 (SDCNL_TRAIN, 1146, "Circling the drain",
  """Debt is high.  Work sucks.  I feel alone in the world.  I have thought about suicide almost every day of my life for thirty years.  But I never can find the courage to actually do it.  

And here I am circling the drain again.  I just feel like all of the stress and all of the unhappiness and depression will be gone if I just .... cease.  

I spent this afternoon researching methods.  I even did a performative thing with a belt around my neck.  Turns tour it slips out of the doorjamb.  

I know how to tie a noose and a couple kinds of slipknot.  But there is no good place for me here to tie off the other end of the rope.  

I don't know what I want.  Do I want someone to stop me?  Do I want someone to give me the psychological push I need to kill myself?  

I don't know.  

I am so unhappy.  

I don't want to deal with any of this anymore.  

I don't know if""",
  "methods researched today, rehearsal with a belt (post ends mid-sentence in the dataset)"),
 (SDCNL_TRAIN, 1258, "Last try",
  """I\u2019m sitting in the parking lot of my therapist\u2019s office before my appointment. This is my last attempt at getting help before I decide to end things if I\u2019m allowed to go home. I feel remorse that I will be leaving the people I love behind but that\u2019s not enough for me want to be alive anymore. I\u2019m sorry to my beloved. I\u2019ve tried so hard.""",
  "last attempt at help before ending things"),
]

CRISIS += [
 (SDCNL_TRAIN, 1540, "I've given myself until my birthday",
  """Throwaway account. Not like it matters. Today I wrote suicide notes to my mom and boyfriend. I feel so guilty but things have really taken a bad turn and I can't do it anymore. I miss how things were. I told my boyfriend I'd stay alive until my birthday, which is in 18 days, and if nothing has improved despite my efforts by then, then I'm going to do it. But if I'm being honest, I don't know if I can stick around that long. It keeps getting worse. I hate feeling this way.""",
  "notes written today, deadline in 18 days"),
]

CRISIS += [
 (SDCNL_TRAIN, 1279, "My birthday is tomorrow",
  """I recently had to go to the hospital per my therapist (or get IVCd). That was a month ago and nothing has gotten better. No meds have helped and I still find myself planning my death. My psychiatrist prescribes me ambien and I've googled the lethal dosage. I have more than enough. Part of me wants to live but the part that wants to die is bigger. Sadness is like an ocean. Sometimes you swim but right now I'm drowning and I'm not sure there is any coming back from it. Part of me wants to do it in my birthday but I fear that will just devastate my family even more. Sorry for the rant.""",
  "means at hand (lethal dose looked up), date considered"),
 (SDCNL_TRAIN, 1184, "Just want to go!",
  """I'm 38 and always felt like a screw up.

I'm one of those people that when things start looking good, I'll always fund a way to mess it up and end up back at square one. 

I'm constantly down and always thinking about ending my life, like every day.

All that's holding me back is the thought of leaving my 2 young kids, but it also depresses me more knowing how much of a loser their dad is.

I've tried 3 overdoses with Zopiclone which did nothing but I have been practicing with hanging while sitting, I came close to passing out 3 days ago with belt in door but fought to save myself as I knew mrs and kids were due home.

I cant shake the thoughts.

Debt + gambling addiction + pure unhappy""",
  "rehearsal with a belt 3 days ago, prior overdoses"),
 (SDCNL_TRAIN, 1215, "The only thing keeping me alive",
  """I feel really worthless because The only thing keeping me alive is a video game coming out in 15 days (DOOM eternal) and it won't even last for long. I've been told to tell CAHMS if anything is bothering me but anxiety tells me no.

I'm considering jumping off the only skyscraper in my city when I finish the game because there will nothing else to make me happy. I'm just glad that there is something in the world that will make me happy, that is only for a short while though""",
  "place and timing considered"),
 (SDCNL_TRAIN, 991, "I cant take it anymore",
  """Everyone hates me at first sight, and they dont give a fck about me when i need them. Sometimes i could be of use but its just fucking sometimes, when its not "sometimes", they dont fucking need me. They dont give a fck about my feelings. All they care about just to get rid of me even tho i dont know wtf i did wrong. They always ignore me like im worse than pile of shit. Acutally almost no one remembers my fucking birthday if it wasnt for facebook bday reminder. I cant even get a therapist or whatever.
Plz tell me the easiest and painless way out.""",
  "method-seeking"),
 (SDCNL_TRAIN, 935, "I want to douse my body in gasoline and set myself on fire",
  "", "title-only post (body 'emptypost'); method stated"),
]

CRISIS += [
 (SDCNL_TRAIN, 1452, "I cba",
  """I literally cba to do anything anymore. It's a constant pain in my chest and I really really wish the attempted OD would've worked but I was too fucking into crying to go find more pills it should've been enough. I really really want someone to genuinely care about how I feel. For them to ask hey hru unprovoked no one does that then everyone says when someone kills themselves 'hey I didn't know they were feeling like that' I wrote a note and I just want to do it but I can't but I want and I will. That's the only thing I'm motivated to do. Force myself to commit suicide. Literary nothing helps and I'm sick of trying and I understand others are in this situation but I can't really take this cause I'm too weak for it.

Note: this is my suicide note, I don't know why I wrote it on Reddit I hope I come back one day and I'm able to say I didn't Kms but it doesn't seem likely right now I'm in a split of emotion.

Edit: goodbye""",
  "recent overdose attempt, note written, goodbye"),
 (SDCNL_TRAIN, 1285, "going to kill myself sunday",
  """planning for then, cant take this pain anymore""",
  "day set"),
 (SDCNL_TEST, 1553, "How can I die without hurting anyone?",
  """Everything's been all over the place lately and I feel i have no future. I've been looking out my balcony, just wanting to run and jump out but Im only at the seventh floor so like only broken bones. 

Overall, i dont wanna wake up tomorrow""",
  "method considered (balcony), asks how to die"),
 (SDCNL_TEST, 1761, "emptiest",
  """i don\u2019t think i\u2019ve felt this bad in years

i don\u2019t remember feeling so hopeless. maybe in the epicentre of a heartbreak, but not at night, so quietly, for so many hours. 

i am empty, and dead. i want to drown myself to cherry wine by hozier and i never ever want to be found.""",
  "method stated ('i want to drown myself')"),
]

CRISIS += [
 (SDCNL_TRAIN, 955, "If I had a gun, I\u2019d blow my fucking brains out right now",
  "", "title-only post (body 'emptypost'); acute intent, method named (no access stated)"),
]

# Read but NOT used (recorded for SOURCES.md): testing-set 1809 (date sentence falls after the 1200 cut and the cut
# text ends 'I dont want to die now'), 1856 (same problem), training-set 927 (method sentence after the cut);
# r/depression posts that state a plan (training 544, 66; testing 247, 413) because r/depression is no crisis label.
