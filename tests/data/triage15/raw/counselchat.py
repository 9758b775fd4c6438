# CounselChat (Bertagnolli): questions typed by members of the public, answered by licensed therapists on counselchat.com.
# Label = what the therapists' answers recommend: a counsellor/therapist/doctor -> NOT_URGENT/doctor;
# only self-help/coping advice -> NOT_URGENT/self-care. No answer shown directs the writer to emergency services or a crisis line now.
# (file, commit, question id, url, triage, answer evidence, text)
F20 = ("nbertagnolli/counsel-chat", "data/20200325_counsel_chat.csv", "bc06d4ecfc46021a17e333a5b79e8fce73b48e06")
FOLD = ("nbertagnolli/counsel-chat", "data/counselchat-data.csv", "356c9070153549cfbd3f65d3cf33f92b9a133fce")
ITEMS = [
(F20, "questionID 0", "https://counselchat.com/questions/can-i-change-my-feeling-of-being-worthless-to-everyone", "doctor",
 "answers: 'there are counselors out there that can help you', 'Therapy is essential', 'Seeing a counselor can open an entirely new option', 'I would recommend seeking out counseling'",
 """I'm going through some things with my feelings and myself. I barely sleep and I do nothing but think about how I'm worthless and how I shouldn't be here.
   I've never tried or contemplated suicide. I've always wanted to fix my issues, but I never get around to it.
   How can I change my feeling of being worthless to everyone?"""),
(F20, "questionID 1", "https://counselchat.com/questions/do-i-have-too-many-issues-for-counseling", "doctor",
 "answer: 'I'd encourage you to schedule an appointment with a therapist in your area'",
 """I have so many issues to address. I have a history of sexual abuse, I’m a breast cancer survivor and I am a lifetime insomniac.    I have a long history of depression and I’m beginning to have anxiety. I have low self esteem but I’ve been happily married for almost 35 years.
   I’ve never had counseling about any of this. Do I have too many issues to address in counseling?"""),
(F20, "questionID 9", "https://counselchat.com/questions/why-does-it-feel-as-if-self-harm-is-an-addiction", "doctor",
 "answers: 'Consider working with someone ... trained in Dialectic Behavior Therapy', 'reach a local therapist in your area and ask if they do DBT'",
 """I self-harm, and I stop for awhile. Then when I see something sad or depressing, I automatically want to self-harm."""),
(F20, "questionID 26", "https://counselchat.com/questions/i-completely-lost-myself-how-can-i-find-myself-again", "doctor",
 "answer: 'If this proves to be difficult, consider seeing a local therapist.'",
 """I've become so jaded that I can't control my thoughts. I cannot focus on anything and been having anxiety attacks."""),
(F20, "questionID 27", "https://counselchat.com/questions/i-ve-been-feeling-sadness", "doctor",
 "answer (LPC): explains feelings, invites the writer to schedule an appointment",
 """When I get around a particular person or when I go home, I'm just sad or irritated. The feeling comes and goes all day every day. I don't know what wrong. I'm not sure if I'm just making up symptoms and problems in my head or if there is something actually wrong."""),
(F20, "questionID 29", "https://counselchat.com/questions/how-can-i-stop-feeling-empty", "self-care",
 "answer: 'Maybe right now it is time for you to rest before the next wave of new activity comes along.'",
 """I feel lazy and numb. I have no interest in things."""),
(F20, "questionID 31", "https://counselchat.com/questions/how-do-i-make-new-friends-2", "self-care",
 "answer: look for situations to meet people, 'involve yourself in projects'",
 """In the past year, two of my best and only close friends moved to different states. Now I have nobody to hang out with. I'm always alone, and I honestly haven't hung out with anyone since they left. I'm super lonely. What should I do to make new friends? Because they moved and I have no friends now, I think I'm falling into a depression or something. I just need help."""),
(F20, "questionID 32", "https://counselchat.com/questions/my-family-can-t-stand-me", "self-care",
 "answer: 'read about family systems ... stay in touch with friends'",
 """I am the problem. I make my family argue because of me. My mom has even said it. It's constantly like this. I cause problems. I am worthless. I can't stop crying. Sometimes I have to cry myself to sleep. I can't even leave my room because my family can't stand me."""),
(F20, "questionID 49", "https://counselchat.com/questions/how-do-i-stop-feeling-empty", "doctor",
 "answers: 'affirmation and gratitudes'; 'Consider a therapist, any disciplined practice which encourages self-knowledge'",
 """I don't know how else to explain it. All I can say is that I feel empty, I feel nothing. How do I stop feeling this way?"""),
(F20, "questionID 51", "https://counselchat.com/questions/my-parents-are-getting-a-divorce-and-i-feel-depressed", "doctor",
 "answers read 'lull myself' as self-soothing: 'Lulling yourself with self-care sounds like a healthy response', 'If you aren't able to move yourself out of your depression, work with a professional'; 'a good therapist would be a great help'",
 """I am going through a very hard time and I'm so depressed. My parents are getting a divorce and a lot of bad things are happening. I want to lull myself."""),
(FOLD, "question 559ad930277cbf7c0d482130", "https://counselchat.com/questions/how-do-i-get-over-a-slump", "doctor",
 "answer: 'I think it would be best to talk with your doctor or a therapist'",
 """I don't know what's wrong with me. At times I can be really happy, excited, I'll talk fast, and I want to do things. But lately I've been staying up way later and sleeping too much. I don't hang out with friends, I don't really have them. I feel nothing, worthless. I want to do nothing, I have no interest in anything. 

All I usually do is stay in my room. I want to be happy, I want to be nice. What's wrong with me?"""),
(FOLD, "question 55816eaba29507431fcd9f2a", "https://counselchat.com/questions/how-do-i-get-over-anxiety-depression-and-isolation", "doctor",
 "answer: 'a combination of appropriate medication given to you by a medical doctor, and therapy'",
 """I've have lived for sometime with depression but things have gotten a lot better, but why is it so hard to get over anxiety and social isolation?"""),
(FOLD, "question 5670b5124c6f6bda188fb893", "https://counselchat.com/questions/how-can-i-stop-abusing-alcohol", "doctor",
 "answers: 'you will likely find much greater success with the help of a therapist or other support system such as rehabilitation or Alcoholics Anonymous'; 'reach out for support ... health care providers'",
 """I have bipolar II disorder, I'm addicted to alcohol and weed, and I'm hopeless. I keep drinking even though it's harming myself and others."""),
]
ITEMS += [
(FOLD, "question 561f22867f76d02120593ce3", "https://counselchat.com/questions/my-ex-left-without-fully-explaining-but-i-feel-broken-and-empty", "self-care",
 "answer: 'Sounds like you need closure ... Give this some time and don't close yourself off to the world or the people who love you.'",
 """About 5 months ago my ex left without fully explaining why. For me it seemed out of the blue. I don't miss her as much as I used to but I just don't trust people anymore, not even my friends who I have known since my childhood not even my family. I'm so terrified of being judged or dismissed. Instead of acting like someone else or putting on a mask of a personality, I've just shut down. I haven't felt that sense of comfort and happiness with myself since everything fell apart. I'm scared to because I don't want it to be taken away from me again. I feel like ever lesson I learn only last a day. I just don't know what to do. I'm working at a place I know I should enjoy. I'm keeping up with my creative passions: working out, eating healthy, etc. I'm doing everything the books say I should do, but I don't feel any different. I just don't know what to do."""),
(FOLD, "question 562038e4e3be3a3128a82801", "https://counselchat.com/questions/am-i-going-to-be-alone-forever", "self-care",
 "answer: self-help chart (gratitude, forgiveness, appreciation, meditation, exercise, volunteering)",
 """I feel like I'm trying to convince myself that I'm okay when I'm not. I'm always blocking out the bad things and forgetting. I also feel like nobody cares for me and they never will. I feel truly alone."""),
]
