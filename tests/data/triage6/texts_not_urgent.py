# NOT_URGENT texts, copied verbatim from the stored `pages` corpus excerpts (contiguous spans).
# Each entry: (text, triage, kind, source).  Tag "[benign after ER]" marks accounts where the person
# did go to an ER / was taken by ambulance and the stated diagnosis was benign.
N = []
def add(text, triage, kind, source):
    N.append((text, triage, kind, source))

# ---------- chest: costochondritis / chest-wall ----------
add("""So this past week I have been experiencing chest pains. The pain comes and goes. It is a sharp pain that, most often, radiates from the lower left rib and spreads up and across, sometimes even causing back pain.  With it being so inconsistent, I had not seriously thought of it being heart-related.""",
    "self-care", "story", "https://simplysplendidlifeblog.wordpress.com/2017/02/21/better-safe-than-sorry-%F0%9F%98%A3/ [benign after ER] ('my heart was okay in the \"emergency sense\" ... most likely possibility is Costochondritis. I was prescribed Naprosyn ... follow-up with my PCP')")
add("""Out of nowhere this tense sharp pain that felt like someone was hammering my breast to stay onto my body.""",
    "soon", "story", "https://livingwithledi.wordpress.com/2017/02/01/struggling-with-costochondritis/ ('she called the doctor and scheduled an appointment for that same day ... I was diagnosis with Costochondritis')")
add("""It was an achy tightness that radiated from what felt like my heart across the left half of my chest, right under my breast. It was uncomfortable, and scary. Breathing made it ache more, but when I took deep breaths, I had no pain. Nor did I have any dizziness or shortness of breath, but I was genuinely afraid to go to sleep last night because I was afraid I wouldn't wake up this morning.""",
    "soon", "story", "https://kimmiegwrites.blogspot.com/2013/07/cartilage-be-inflammed-and-shit.html (gynecologist's office advised 'I should visit an urgent care'; EKG normal; 'COSTOCHONDRITIS')")
add("""I started having mild chest pains on Thursday, while still at work. I didn't think too much of it. Maybe I had overextended myself while helping move some boxes around the office? Maybe I had overdone it cleaning around the house? By Friday I was hurting a bit more and by the weekend I was in pain. Not like, ooh-maybe-I-sprained-something pain. No, honest-to-goodness, could-only-lay-down and couldn't-take-deep-breaths kind of pain.""",
    "self-care", "story", "http://emilyhaha.blogspot.com/2009/07/pain-in-my-heart-space.html [hindsight-benign: the quoted words alone could justify emergency advice] [benign after ER] ('Turns out it wasn't my heart, or my lungs, but a case of costochondritis ... several dosages of Ibuprofen later')")
add("""Wednesday morning I woke up at 4:30am with a sharp pain in my chest. I was immediately frightened because it was the middle of the night, I had been having intermittent pain after running, and I have very high cholesterol.""",
    "self-care", "story", "http://www.hiyaluv.com/2012/11/giving-my-heart-break.html (same-morning GP visit, EKG 'my heart looked perfect ... Costochondritis ... Dr. told me that I should take advil and rest')")
add("""Today, though, I woke up with little twinges in my chest: one on each side, kind of horizontal. It was weird and happened, both sides in concert, every couple of minutes. I had my coffee but nothing changes, so following my usual 'run it off' approach to micro injuries, I did some yoga and weights. Still no difference.""",
    "soon", "story", "https://blipfoto.com/entry/2837222808990253845 (NHS 111 online: 'Go to your nearest UTC'; ECG, blood pressure 'everything was fine')")
add("""As I breathe in and my chest expands front and back, I'm in pain.  Its pretty much smack bang in between my shoulder blades.""",
    "self-care", "story", "http://www.studentofpain.com/2013/10/its-not-chestits-actually-back.html ('The doctor in the hospital suggested it was either a muscle pull somewhere in my chest wall or a trapped nerve issue'; self-treated with bath and Nurofen)")
add("""Tonight while struggling to fall asleep (yet again), I was laying down reading when suddenly I felt this intense, sharp pain in my left lung when I breathed in too deeply or moved at all. I started to panic, as I thought I'd have to wake up Eliot and head to the ER.""",
    "self-care", "story", "http://littlegrassclippings.blogspot.com/2009/10/precordial-catch-syndrome.html ('a few minutes later I felt this \"pop\" in my chest and the pain was completely gone'; post titled 'Precordial Catch Syndrome'; self-identified, no clinician)")

# ---------- chest: heartburn ----------
add("""After eating quite a heavy meal that was finished up with a glass of iced tea, I felt a burning, sort of tight, sensation in my chest, and I felt dizzy.""",
    "self-care", "story", "http://www.eternallytransient.com/page/4/ [hindsight-benign: the quoted words alone could justify emergency advice] ('It was actually just a heartburn (I know now)'; self-identified)")

# ---------- panic attacks ----------
add("""My hands started tingling first. Then the numbness spread. Within seconds, I couldn't feel my fingers gripping the steering wheel. My heart felt like it was trying to punch its way out of my chest. I pulled over immediately, hands shaking, convinced with every fiber of my being that I was dying right there in my car at 10 PM on a random side street.""",
    "self-care", "story", "https://discereon.com/blog/my-first-panic-attack-day-thought [hindsight-benign: the quoted words alone could justify emergency advice] ('That was my first panic attack. I was 24 years old')")
add("""I remember shouting to my dad, "Dad, I'm dying!" My pupils were wide open, my heart was racing, and no matter what he said or did, nothing could calm me down. The fear felt so real—like death was right there, closing in.""",
    "self-care", "story", "https://eunoirium.com/what-is-a-panic-attack ('The first time I had a panic attack, I was convinced it was the end'; 'they are not life-threatening')")
add("""I was driving home from my boyfriend's house when I started having trouble breathing. All of a sudden, my face and hands went numb and I felt like I was losing control of my vehicle.""",
    "self-care", "story", "https://themighty.com/topic/anxiety/what-to-do-panic-attack-afraid-im-dying [hindsight-benign: the quoted words alone could justify emergency advice] ('I remember the panic attack I had while driving and had to pull over on the highway')")
add("""My chest tightened. My heart was pounding so fast I was sure it would explode. My hands trembled, my vision blurred, and a voice in my head screamed, Something is wrong. You're dying. I felt trapped inside my own body, convinced that each breath could be my last.""",
    "self-care", "story", "https://www.momcreatestoo.com/blog-3-1/from-terror-to-trust-finding-my-way-through-panic [hindsight-benign: the quoted words alone could justify emergency advice] [benign after 911 call] ('I checked my heart, my blood pressure, my blood. Everything was normal ... panic attacks')")
add("""I stood up to walk over to the water dispenser and felt funny. I felt a rushing cooling sensation running through my head and I didn't feel like myself. I was shaking and literally thought I was going to have a brain aneurysm.""",
    "self-care", "story", "https://en.paperblog.com/my-first-panic-attacks-1409595 [hindsight-benign: the quoted words alone could justify emergency advice] [benign after 911 call] ('My first panic attacks': ER doctor 'determined I was probably having a panic at[tack]')")
add("""Suddenly, I couldn't catch my breath, my heart was pounding, and I felt sweaty, hot, and completely disoriented. Everyone thought I was having an asthma attack, but I knew—I knew—this was something different.""",
    "self-care", "story", "https://www.ahealthypush.com/post/am-i-dying ('I remember my first panic attack so vividly ... at a track meet')")

# ---------- numbness / face: migraine aura, Bell's palsy ----------
add("""i get one sided headaches, and I get one sided moving numbness from my cheek minor, increasing into my bottom lip, then to my thumb, moving from finger to finger, finally in just the heel of my hand and then gone.  Usually this lasts 4-7 minutes, today was 9.5.""",
    "self-care", "story", "https://losingitslowlyblog.wordpress.com/2017/10/26/auras-not-a-stroke/comment-page-1/ ('Auras, not a stroke': 'I had an EKG, EEG, CBC, and CAT scan, overall it was concluded that I have migraines')")
add("""While I was brushing my teeth, toothpaste and spit spilled out of the side of my mouth. And that's when I realized something was seriously wrong. I started making some facial expression in the mirror, and the left side of my face was not moving.""",
    "soon", "story", "https://www.businessinsider.com/left-side-of-face-not-moving-2013-6 [hindsight-benign: the quoted words alone could justify emergency advice] (Sam Ro, 'I Woke Up And Half Of My Face Was Paralyzed': doctor 'told me to come in as soon as possible ... My doctor and the internet both told me I had Bell's palsy')")
add("""On Wednesday morning, I woke up with the left side of my face paralyzed. My eye and mouth were hanging and it got worse quickly. I started panicking, was I having a stroke?""",
    "soon", "story", "https://reneeheijneman.com/tag/scared/ [hindsight-benign: the quoted words alone could justify emergency advice] ('After rushing to the doctor with an extremely slow bus, I found out I suffered from Bell's Palsy')")

# ---------- leg pain: no clot ----------
add("""When I went to run the next day my calf cramped up so bad that I could barely walk on it. It felt like a golfball was stuck inside my calf.""",
    "self-care", "story", "https://nomeatbarefeet.com/2012/07/31/mystery-calf-injury-7/ [benign after ER] ('The verdict? No bloodclots. Probably just have a bad muscle pull')")

# ---------- allergy ----------
add("""As soon as I started to get into the shower, I discovered the reason I was so miserable: hives. I was covered in them. From my forehead, back along my scalp, to my neck and torso and arms and legs, I was more hive than human. Angry, red, itchy welts covered more than 85% of my body.""",
    "soon", "story", "http://lovewell.blogspot.com/2011/04/when-hives-attack.html ('A cool shower helped. So did a double dose of Benadryl'; next day doctor's office, 'he prescribed a steroid')")

# ---------- poisoning worries (child) ----------
add("""Ellie walked up to me saying, "This is yummy, mommy!" and hands me a SILICA GEL packet.... you know the ones I'm talking about.  The ones that say "DO NOT EAT" written all over them!  Talk about PANIC!!!!  I made her spit, getting 2 small silica beads out of her mouth, so obviously she did eat them.""",
    "self-care", "story", "http://mcfarlandsmayhem.blogspot.com/2012/02/poison-control-how-can-i-help-you.html (poison control nurse: 'silica gel was non-toxic, so nothing needs to be done ... a glass of water')")
add("""A few minutes later I went to check on her, only to discover that she had bitten off a piece of a Ronald McDonald plate! These plates are made from some type of very hard plastic. It's amazing Gracie hasn't broken any of her teeth. So I hurry and get a wooden spoon to pry her mouth open, and see that she's chewed up the piece into small shards.""",
    "self-care", "story", "https://graciesautism.com/2012/09/22/ronald-mcdonald-and-the-poison-center/ (Poison Center operator: '\"Okay, she'll likely pass them\"')")

# ---------- fever (child) ----------
add("""Thursday night I noticed he was a little hot, so decided to take his temperature. 99.6. I figured it was just teething, because well, I have thought that for the last 3 months! All he does is drool and chew on stuff! So that night before going to bed I went to say goodnight, and he was still a little hot. I took his temperature AGAIN, it was 100.7.""",
    "soon", "story", "http://mrandmrsfenner.blogspot.com/2010/06/fever-fighter.html (pediatrician appointment that afternoon: 'he left us with giving Tylenol every 4 hours, and calling it a virus')")
add("""After Isaac's restless night last night (he basically woke up every half-hour), the teachers at day care called Dad at 12:30 this afternoon with the news that Isaac had a fever of 100.2 degrees.""",
    "self-care", "story", "http://isaaconeal.blogspot.com/2004/11/isaac-has-fever_02.html (pediatrician's nurse: 'otherwise I shouldn't worry because this is a \"low\" fever for a kid'; office visit only if sleepless night or vomiting)")

# ---------- head bump (child) ----------
add("""she fell off the couch and banged her head. Hard. It immediately left her screaming, with a big blue raised bump on the side of her head.""",
    "self-care", "story", "http://blogs.babiesonline.com/toddlers/things-that-go-bump-on-the-head/ (ice pack at home; 'before long she was back to her normal self ... has acted normally ever since'; span starts mid-sentence)")
add("""My Two-Year-Old Son Just Hit His Head Really Hard On The Side Of The Table, But I Can't See Any Marks. What Should I Do?""",
    "self-care", "lay", "https://relationships.blurtit.com/2240577/my-two-year-old-son-just-hit-his-head-really-hard-on-the-side-of-the-table-but-i-cant-see (question title; asker's follow-up: 'I kept checking him all night and he woke up this morning fine :) there doesn't seem to be a bump or bruise')")

# ---------- lay Q&A with clinician reply (Zocdoc Answers, doctorqna.com, caring.com, Cleveland Clinic, Prevention) ----------
add("""Soon as I lay down in bed, usually on my back. My chest feels funny and I feel like its hard to breathe. Easier on my side, but still kind of scary.""",
    "soon", "lay", "https://www.zocdoc.com/answers/9734/why-do-i-have-trouble-breathing-at-night (Zocdoc Answers 'Why do I have trouble breathing at night?'; doctor: 'I recommend that you call for an appointment with a primary care doctor')")
add("""My dad sometimes gets what he calls a tightness in his chest. He downplays it, but I can tell it makes him pretty uncomfortable. He says there are no other symptoms, and he's on the fence about seeing a doctor. Should we? What are the serious dangers, here? This has been happening for months.""",
    "soon", "lay", "https://www.zocdoc.com/answers/3190/what-causes-ones-chest-to-tighten (Zocdoc Answers; doctor: 'YOUR DAD NEEDS TO SEE A DOCTOR AS SOON AS POSSIBLE ... evaluated first by his primary care physician ... stress test'; months-long, no ER advised)")
add("""I'm a 28 year old black female. For the last few months, I have been having an issue with dizziness when I stand up too fast. When I stand up quickly, I get a slight pounding in my head, and I have to close my eyes to regain my balance. I do have a history of sinus issues. I'm not sure if it's related. I have not been experiencing any sinus issues as of late.""",
    "soon", "lay", "https://www.zocdoc.com/answers/5702/why-do-i-get-dizzy-when-i-stand-up-too-fast (Zocdoc Answers; doctor: 'orthostatic hypotension ... I suggest that you schedule an appointment with your primary care physician')")
add("""My daughter accidently swallowed a coin. In particular she is four years old and was playing with her little brother, she threw change in the air and accidently swallowed a dime or nickle. I immediately called the poison control center. Her airway is not blocked and she is fine. I was told that it would eventually pass threw her stool? Is this true? Can she drink anything to make the process faster?""",
    "soon", "lay", "https://www.zocdoc.com/answers/5145/what-would-happen-if-my-young-child-swallowed-a-coin (Zocdoc Answers; doctor: 'This is a very common occurrence ... Your next best step is to call your daughter's pediatrician office ... They may recommend that you just wait till the coin passes')")
add("""When I stand up suddenly, I feel dizzy. Should I worry?""",
    "self-care", "lay", "https://health.clevelandclinic.org/stand-suddenly-feel-dizzy-worry/ (Cleveland Clinic Q&A; preventive cardiologist: 'take your time when you're going from lying to a standing position ... If that is happening consistently ... get your pressure checked ... at the doctor's office')")
add("""When I stand up, things often go dark briefly. I've always had this, but now a friend says it could be something bad. Should I worry?""",
    "soon", "lay", "https://cubaverdad.org/does/6171-why-does-my-vision-go-black-when-i-stand-up-617-637.php (copy of Prevention 'Ask Dr. Travis Stork', ER physician: 'you should discuss it with your doctor ... it likely isn't something serious ... postural hypotension'; also at preventionap.pages.dev)")
add("""After bowel movements, there are small traces of blood on the toilet paper, but no blood in the stool. Occasionally, there is a small red piece appearing on the toilet paper (it seems there is no blood in the toilet). Could this be colon cancer or hemorrhoids? It occurs about once or twice a week.""",
    "soon", "lay", "https://doctorqna.com/en/article/95871 (doctorqna, English translation of a Taiwanese patient question; 'Dr. Xu Kaixi reply Surgery': 'It is recommended to visit a hospital's gastroenterology or surgical department')")
add("""I have experienced blood in my stool before, but after changing my bathroom habits, I haven't had any issues for six months! Occasionally, I notice slight streaks of blood on the toilet paper when I wipe. Is this related?""",
    "self-care", "lay", "https://doctorqna.com/en/article/74412 (doctorqna translation; 'Dr. Cai Anshun reply': 'you should reduce the pressure when wiping ... if the condition continues to occur, you should seek medical attention')")
add("""I have fought with constipation my whole life and will have blood on the toilet paper after a hard movement. Last week, I had blood and some clots on the paper but my movement wasn't that hard. It lasted one day and then I had nothing until five days later...the same thing happened. It is only on the toilet paper when I wipe, not on my underwear. I do have a doctor appointment but am very concerned. How much blood is too much blood? Does it matter how or how much of it is present? Thank you""",
    "soon", "lay", "https://www.caring.com/questions/blood-after-bowel-movement (caring.com; expert answer by Jennifer Serafin, N.P.: 'I am happy to hear that you scheduled an appointment with your doctor ... will probably refer you to a Gastroenterologist')")

# ---------- head bump: clinician said fine / clinic ----------
add("""My 13 month old took a fall this weekend when he slipped on some water. He fell back and was crying for about 5-10 minutes. He then vomited a little but seemed fine afterwards. His eyes were fine and he went back to playing with his usual energy level.""",
    "self-care", "lay", "http://www.mamapedia.com/article/toddler-hit-head (Mamapedia question 'Toddler Hit Head'; asker's update: 'The doctor wasn't concerned at all about the fall. She said as long as he didn't vomit repeatedly and wasn't unconscious at all I shouldn't be concerned')")
add("""Nico had fallen from the monkey bars and hit his head. He seemed fine, hadn't lost consciousness, and was resting in the nurses station.""",
    "soon", "story", "http://thereyougothen.dreamwidth.org/2009/05/05/ (mother's diary: walk-in clinic, x-ray, 'the doctor came back, and told us his head looked fine, there was no fracture')")

# ---------- swallowed coin: doctor said wait ----------
add("""Two nights ago, my grandson was lying in bed watching a movie when he came into our bedroom to make a confession. He didn't want to say it in front of me so he whispered his confession into grandpa Nate's ear. He swallowed a penny.""",
    "self-care", "story", "https://babyboomerbev.blogspot.com/2010_10_17_archive.html ('My Grandson Swallowed a Penny'; pediatrician on call: 'Don't worry, unless your child chokes on it, gets sick ... A penny (or even a quarter) can easily pass through the digestive tract')")
add("""So when my daughter came running and saying that her brother had chocked on something, I thought of any type of food he could have gotten his hands on, but never a penny! So I immediately went into overdrive: Where is he? Is he breathing? Where am I?""",
    "soon", "story", "https://ahlittleofthis.wordpress.com/2013/01/27/coin/ (doctor 'advised us to take him to the ER in our local hospital the next day for an X-Ray'; next-day, not immediate; child stayed symptom-free)")

# ---------- fainting at the sight of blood ----------
add("""As I waited at the check out desk to pay my bill, the "feeling" came over me.  First I became extremely hot, then I got tingly all over and my stomach seemed to sink to my knees.  At this point I knew I had to get out of there fast, but the blasted woman behind the desk was in no hurry.  Plus there was no place to sit.""",
    "self-care", "story", "https://ellenfannonauthor.com/2019/05/26/bloody-nuisance/ (author's account of recurrent fainting after a blood draw: 'The next thing I knew I was waking up on the floor'; no clinician; label = benign recurrent vasovagal fainting as told)")
add("""We were doing blood typing in my high school's biology class, and after the teacher pricked me, I looked at the red pearl of blood and my vision just completely blacked out. I woke up only a few seconds later on the ground, with no idea what had just happened.""",
    "self-care", "story", "https://www.theodysseyonline.com/why-pass-out-when-see-blood ('I learned that the fainting is caused by vasovagal syncope'; self-researched, no clinician)")

# ---------- chest look-alikes with clinician disposition: shingles, anxiety ----------
add("""I have a rash on the left side of my back, it hurts, itch's all the time, has blisters. it extends from the middle of my back and goes straight across to my left arm pit and on the front of my left breast. I have pain in my chest on the left side, it doesn't hurt when I breath, its a stabbing pain,could this be part of the shingles?""",
    "soon", "lay", "https://www.askthedoctor.com/painful-rash-in-back-could-it-be-shingles-104881 (Patient/Doctor Q&A; doctor explains herpes zoster: 'usually is self-limiting ... I would advise you to consult your doctor for further management')")
add("""I glanced down and saw a pink rash on my upper left chest. At first, I thought it was insect bites — I had been walking outdoors more often once spring arrived. A few days later, the rash looked like small red pimples filled with liquid and had started to itch.""",
    "soon", "story", "https://www.washingtonpost.com/health/i-thought-the-rashes-were-insect-bites-i-actually-had-shingles-and-it-was-horrible/2019/08/02/d37742bc-99c7-11e9-830a-21b9b36b64ad_story.html (first-person: 'I made an appointment with my doctor for that afternoon ... \"Shingles,\" the doctor said'; oral antiviral)")
add("""Last year, I visited a cardiologist due to chest tightness and difficulty breathing. All tests came back normal, and the doctor referred me to a psychiatrist. I would like to know what the symptoms of difficulty breathing, tightness in the chest, tingling in the hands, facial flushing, shortness of breath, and a fear of taking the train— which gradually improve after a few minutes—along with a tendency to overthink, might indicate?""",
    "soon", "lay", "https://doctorqna.com/en/article/103348 (doctorqna translation; 'Dr. Liang Sunyuan reply Psychiatry': 'anxiety and panic can lead to such symptoms ... It is recommended to seek medical attention for a more detailed evaluation')")
add("""I feel for a long time pain in the left side of the chest (near the heart) that lasts a long time. Most often the pain occurs in a deep breath, lying or sudden stretching as strong and sharp pain. Is this the pain of the heart or some muscle? I am 20. Thanks!""",
    "self-care", "lay", "https://www.medhelp.org/posts/Heart-Disease/Sharp-pain-on-the-left-side-of-the-chest/show/2871114 (MedHelp Heart Disease forum; reply: 'Your chest pain is probably from muscle or bones ... At your age, heart problems are very rare. If the pain persists or worsens, go see a doctor'; replier's clinician status not shown)")
add("""I am a 66-year-old man and have been experiencing chest pains for a few weeks now. They go away on their own, and I feel well otherwise. My family keeps telling me to see a doctor. Do I need to?""",
    "soon", "lay", "https://www.everythingzoomer.com/health/longevity/2013/01/02/expert-qa-3/ (Zoomer expert Q&A; Dr. Zachary Levine (McGill University Health Centre): 'The short answer is yes ... The doctor can distinguish among these by performing a thorough history and physical examination')")

# ---------- dizziness: BPPV ----------
add("""When I went to bed that night, I had an attack of the head spins as soon as I lay down. Weird. It was the same the next morning and night, and for the ensuing days.""",
    "soon", "story", "https://bleakumbrella.blogspot.com/2011/07/dizzy.html ('I decided to consult a physician ... the doctor pronounced a confident diagnosis of \"benign positional vertigo\" ... Epley's Manoeuvre')")
add("""Monday morning I woke up to my alarm and when I got up to turn it off the whole world was spinning. And it spun when I got back in bed. Matter of fact it spun randomly for awhile. Kind of freaked me out.""",
    "soon", "story", "https://reactuate.com/2007/12/13/benign-paroxysmal-positional-vertigo/ ('Went to the doctor straight away....well as soon as they were open ... diagnosed with Benign paroxysmal positional vertigo')")

# ---------- nosebleeds ----------
add("""I am a thirty year old female and for the last couple years I have been experiencing nose bleeds in the spring time. Could this just be from allergies? I do not have other symptoms just a bloody nose once a week or so. I have tried over the counter allergy medicines but I don't see a difference.""",
    "self-care", "lay", "https://www.zocdoc.com/answers/6428/why-do-i-keep-getting-nosebleeds-in-the-spring (Zocdoc Answers; doctor: 'Nose bleeds ... are an unfortunate problem that is incredibly common ... if they continue or are serious, or are associated with any other symptoms, please discuss them with your doctor')")

# ---------- palpitations ----------
add("""I had a cardiac ultrasound examination at the hospital last week, and the structure and function were all normal. However, a few days after returning home, I started experiencing occasional pauses in my heartbeat, sometimes even two in a row, which can happen during deep breaths or physical activity. This has been ongoing for almost a week now.""",
    "soon", "lay", "https://doctorqna.com/en/article/161065 (doctorqna translation; leading 'Hello,' dropped; 'Dr. He Dongjin reply Cardiology': 'If there are episodes of paroxysmal arrhythmia, they are mostly benign. However, if you continue to feel unwell, it is advisable to return to the cardiology clinic to arrange for a 24-hour Holter monitor')")
add("""Sometimes I will be just standing there and it feels like my heart stops beating for a split second. Then everything is normal again. What is this? Something I should be worried about?""",
    "soon", "lay", "https://www.zocdoc.com/answers/10939/why-do-i-feel-like-my-heart-stops-sometimes (Zocdoc Answers; doctor: 'You should definitely go see your primary care doctor about this problem ... The most common cause ... premature beats')")

# ---------- numbness: carpal tunnel ----------
add("""I get numbness and tingling in the fingers. It's worse at night. Does that sound like carpal tunnel syndrome?""",
    "soon", "lay", "https://www.capecodtimes.com/entertainmentlife/20180724/theres-relief-for-carpal-tunnel-syndrome (syndicated Q&A, Howard LeWine, M.D., internist: 'You probably have made the right self-diagnosis. But you should make an appointment with your doctor to confirm it')")

# ---------- swallowed object / poisoning worry ----------
add("""My 4-year -old son mistakenly swallowed one of his plastic toys. I asked him to drink lots of water in order to push it out unfortunately, up till now, we have not seen him pass out the toy. Kindly advise on what to do. I am very worried.""",
    "self-care", "lay", "https://tribuneonlineng.com/my-son-swallowed-his-toy/ (Nigerian Tribune health Q&A: 'most swallowed objects like the one your son swallowed usually pass through the body ... You therefore have nothing to worry about')")
add("""My 5-year-old daughter has just swallowed a piece of plastic jewellery. It is an open ring with a metal heart shape. Should I do anything?""",
    "self-care", "lay", "http://www.irishhealth.com/askdoc.html?q=3769&qasect=1 (irishhealth.com 'Medical Q&As': 'it is perfectly reasonable to do nothing and simply wait for nature to take its course ... If you do not detect the plastic ring ... bring her along to your GP')")
add("""Doctor, I'm sorry! Yesterday while I was eating, a small screw from the nose pad of my glasses came loose and fell off. I searched everywhere at home but couldn't find the screw, and I'm a bit worried that I might have accidentally swallowed it with my food. I would like to know what impact this could have on my body.""",
    "self-care", "lay", "https://doctorqna.com/en/article/191851 (doctorqna translation; 'Dr. Lin Minghui reply Gastroenterology': 'typically results in spontaneous passage ... If there are concerns, an X-ray can be performed'; ED only 'if symptoms are present')")
add("""while I was sorting through some things and talking to a friend, I accidentally swallowed some torn paper scraps because I laughed at that moment. I later tried to induce vomiting, but it was already swallowed and couldn't come back up. Is there a risk that it could get stuck in my esophagus or trachea? I also feel a strange sensation in my throat afterward and can only drink more water for now.""",
    "self-care", "lay", "https://doctorqna.com/en/article/153475 (doctorqna translation; leading 'Hello doctor,' dropped; 'Dr. Ye Qianyu reply Family Medicine': 'it is generally indigestible and can usually pass through the intestines. Please monitor for any unusual symptoms such as coughing')")

# ---------- hives ----------
add("""I woke up one morning itching all over my body. The skin was inflamed and covered with hives. I wonder whether it's an allergy. I have eaten the same foods all my life without any problems. I always wash my clothes in the same detergent.""",
    "soon", "lay", "https://www.sun-sentinel.com/news/fl-xpm-2009-08-03-0907310110-story.html (syndicated 'Dear Dr. Donohue' letter; the reader's physician had prescribed Atarax; Dr. Paul Donohue: 'Do see an allergist ... the greatest cause of hives is idiopathic')")

# ---------- headache ----------
add("""Every once in a while I'll get a headache in my right or left temple (it happens to both, but only one side at a time) that lasts for two or three days. And almost every time, I become convinced I have a brain tumor. Why else would I only feel it on ONE side like that, if not for a tumor pressing against that spot on my skull? I drink more water, I take Advil, and I sleep, and sometimes these things help.""",
    "self-care", "lay", "https://www.thecut.com/2018/07/do-i-have-a-headache-or-a-brain-tumor.html (The Cut reader question; neurologist Dr. Lawrence Newman (NYU Langone): 'a one-sided headache like the one you're describing is almost always a migraine')")
add("""I keep getting awful headaches during the day. They hurt so much! Could it be a brain tumor? What does a brain tumor headache feel like? Are brain tumors cancer? Do they hurt?""",
    "self-care", "lay", "https://www.askdrmanny.com/how-can-i-tell-if-a-headache-is-a-brain-tumor/ ('Dear Dr. Manny' letter: 'If you have a bad headache, it most likely isn't a brain tumor. Rest, turn off the lights, drink lots of water. If the symptoms worsen ... make an appointment with your doc[tor]')")

# ---------- more look-alikes ----------
add("""My 17-month-old son just swallowed a little bit of hand sanitizer and I wanted to make sure he's going to be okay.""",
    "self-care", "call", "http://heidisblog.biglaughs.org/2008/10/08/tip-for-the-day-poison-control-is-our-friend/ (mother's own words on her call to Poison Control, as quoted in her blog; poison specialist: '\"He should be fine. The worst thing that can happen with hand sanitizer is that if a child swallows enough of it they can get intoxicated\"')")
add("""I am 23 years old. I have been overweight/obese for most of my life. In January 2010, I started to workout and eat healthy. I lost nearly 40 pounds in 11 weeks. As I started to run longer distances at faster speeds, I noticed that I was getting severely sharp pains in my lower abdomen. The pain is not consistent, nor does it stay on only one side. Lately, I have noticed sharp pains in both upper and lower abdomen when resting, usually after eating.""",
    "self-care", "lay", "https://www.zocdoc.com/answers/5617/why-do-i-get-a-sharp-pain-in-my-lower-abdomen-when-running (Zocdoc Answers; doctor: 'this is likely what is known as a side stitch ... I would recommend that you slow down the pace of your training ... If these pains continue ... talking to your primary care doctor')")
add("""The Little Man tripped and cracked his forehead on the concrete back step. I was there right in front of him, daddy was right behind him, there was nothing either of us could have done to save him from the fall. I froze in fear and daddy picked him up, but he wanted me so I pulled myself together and took him into the house. I watched as the lump on his forehead grew and grew and grew, it didn't look like it was ever going to stop.""",
    "self-care", "story", "https://www.raisiebay.com/2013/04/mr-bump.html [ambulance called; crew assessed at home] ('They said he was ok, it was a nasty bump but his vital signs were good ... it would only be for observation ... So we kept him home'; 'In the morning he was his usual chirpy self'; the later sentence about eyes rolling and calling the ambulance is not included)")
