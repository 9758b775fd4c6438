# Verbatim excerpts copied from stored public pages (search tool, corpus "pages").
# Each tuple: (text, label, triage, kind, source)
ITEMS = [
("""IN THE MIDDLE OF THE NIGHT on July 23, 2012, I slipped and fell in the bathroom of our hotel room in downtown Indianapolis during a family vacation. My head slammed onto the sink and then the floor.
The noise from my fall awakened my spouse, but when she asked me what happened as I lay on the floor, all I said was, “I’m okay.” Seeing no visible sign of injury, she returned to bed. A stomach bug was making the rounds, so she figured that it must have nabbed me. My vomiting every hour or so the remainder of the night only seemed to confirm this assumption.""",
 "URGENT","emergency","lay","Sojourners magazine 'Learning the Art of Patience': https://sojo.net/magazine/april-2016/learning-art-patience (outcome on page: fractured skull, subarachnoid hemorrhage, epidural hematoma; ambulance to neurosurgery)"),
("""A little
while back, my husband got up one morning and, in a split second, experienced his
worst headache ever, and nothing either of us tried made it any better.""",
 "URGENT","emergency","lay","julieclarkart.blogspot.com 'Worst headache ever means trip to...': https://julieclarkart.blogspot.com/2012/03/worst-headache-ever-means-trip-to.html (outcome on page: subarachnoid hemorrhage, Neuro ICU)"),
("""We were sitting on the patio  at my partners fathers house where we staying, and my wife said:. "Somethings wrong, I have a bad headache and I cannot see or hear"  A few seconds later she said, "No, its only a migraine headache.\"""",
 "URGENT","emergency","lay","boomersnotsenior.blogspot.com 'I have a headache... Acquired brain injury Day 1': https://boomersnotsenior.blogspot.com/2015/10/i-have-headache-our-journey-through.html (outcome on page: aneurysm bleed; 'not calling anyone -- big mistake')"),
("""Joyce and I were staying at the Downstream hotel in Oklahoma. I got up in the middle of the night to use the restroom. While standing there using the facility, I passed out and fell. The right side of my face scraped along the bathroom wall racking off some skin and then fell over and hit the concrete with my head. I felt horrible and barely made my way back to bed.

We went home the next morning with a huge headache. The headaches went on and by December, I was losing my ability to walk in a straight line, my equilibrium was off. By Christmas eve I could no longer hold a spoon to eat my soup.""",
 "URGENT","emergency","lay","isaw3seas.blogspot.com 'Crash and Burn': https://isaw3seas.blogspot.com/2023/11/231108-crash-and-burn.html (outcome on page: told to go to the hospital immediately; subdural hematoma operated that night)"),
("""My 85 year-old dad fell down taking the recycling out into the garage last night, got up, went into the house and for hours carried on and didn’t even realize he fell. Later in the evening, my mom noticed a scratch on his arm and he complained that his head hurt""",
 "URGENT","emergency","lay","troyandgay.com 'My dad in emergency surgery': https://troyandgay.com/2020/10/21/my-dad-in-emergency-surgery/ (outcome on page: 911 called; emergency surgery for a brain hematoma)"),
("""It must have been around 7 PM when I heard a loud thud & crash. I ran up the stairs into my son's room to find him lying on the floor, rigid & convulsing uncontrollably.""",
 "URGENT","emergency","lay","shopping-feedback.today 'It Was Just an Ordinary Saturday... When Epilepsy Entered Our House': https://shopping-feedback.today/longevity/it-was-just-an-ordinary-saturday (999 called; ambulance took him to hospital, first seizure)"),
("""Popping my head round his door to check on him before we went to bed, it sounded like he was snoring, but it didn’t sound right. I looked a bit closer, put the light on and called for Hubs.""",
 "URGENT","emergency","lay","apeonyformythoughts.com 'Certainly won't be one I forget!': https://apeonyformythoughts.com/tag/tonic-clonic-seizure/ (outcome on page: seizure over twenty minutes; two ambulance crews; emergency room)"),
("""My mobile phone became a permanent attachment after my son’s first seizure. I will never forget holding his lifeless body or the gut-wrenching feeling that my son was going to die. He was blue, cold and his eyes were fixed, looking to the corner of the room. He was covered in sick, and he’d wet his pants. He was floppy — like a lifeless ragdoll. I called out his name, but he couldn’t reply.""",
 "URGENT","emergency","lay","The Mighty 'The Phone Call You Dread When Your Child Has Epilepsy': https://themighty.com/topic/epilepsy/the-phone-call-you-dread-when-your-child-has-epilepsy/ (outcome on page: kept seizing, almost 12 hours of emergency drugs)"),
("""I’ve been diagnosed with costochondritis and have been unable to determine what causes the inflammation. I swim daily and work part-time. Is this a contagious illness I have picked up?
My doctor did not give me any medication except Indocin for pain. My chest and back hurt and I am extremely tired. I have not had any trauma or viral respiratory infections recently, have never smoked, nor did I go near people that smoke.
X-rays were taken and my doctor said my lungs are clear. I have had no surgeries and hope never to have any. I take vitamins, exercise and try to maintain a healthy life. The doctor said it could last as long as three weeks.
Please give me your thoughts on this illness. I had never heard of it before but it is painful and could make one think of a heart attack about to happen.""",
 "NOT_URGENT","self-care","lay","askdrgottmd.com (Ask Dr. Gott): http://askdrgottmd.com/costochondritis-downright-painful (physician columnist: costochondritis; NSAIDs, rest, heat, moderate exercise)"),
("""I've had a headache every day for at least six months. Painkillers don't help much. I know headaches are common, and I don't like calling my doctor unless it's a serious problem. Should I call him?""",
 "NOT_URGENT","soon","lay","askdoctork.com (Dear Doctor K): http://www.askdoctork.com/category/health/headaches-and-migraines (Dr. Komaroff: 'Yes, you should' call your doctor)"),
("""I regularly get terrible migraine headaches. My doctor has prescribed medication, but I still think I should have a brain scan to make sure there's nothing more serious going on.""",
 "NOT_URGENT","self-care","lay","askdoctork.com (Dear Doctor K): http://www.askdoctork.com/category/health/headaches-and-migraines (Dr. Komaroff: pain of even a severe headache rarely comes from something catastrophic)"),
("""I get tension headaches fairly often. What's the best way to treat and prevent them?""",
 "NOT_URGENT","self-care","lay","askdoctork.com (Dear Doctor K): http://www.askdoctork.com/category/health/headaches-and-migraines (Dr. Komaroff: tension headaches, most common type; home treatment and prevention)"),
("""I have a headache that's not considered stress or other. This headache is ongoing every day. No medicine or nerve blocks of any kind will help me; it stays with me constantly. What could be causing this? What can I do?""",
 "NOT_URGENT","soon","lay","Sun-Sentinel 'Dear Mayo Clinic' column: http://www.sun-sentinel.com/topic/sns-health-mayo-clinic-chronic-headaches,0,6170069.story (Mayo Clinic answer: consultation with a neurologist)"),
]
