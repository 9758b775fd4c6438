# Single Q&A pages with a clinician's reply, found in the stored web-page copies
# (search tool, "pages" corpus). Text is the asker's question as shown on the page.
# Each tuple: (question verbatim, label, triage, kind, source, person)
ITEMS = [
("My dad sometimes gets what he calls a tightness in his chest. He downplays it, but I can tell it makes him pretty uncomfortable. He says there are no other symptoms, and he's on the fence about seeing a doctor. Should we? What are the serious dangers, here? This has been happening for months.",
 "NOT_URGENT", "soon", "lay",
 "Zocdoc Answers: https://www.zocdoc.com/answers/3190/what-causes-ones-chest-to-tighten (doctor's reply: needs to see a doctor as soon as possible, evaluated first by his primary care physician, then stress test)", "third"),
("My 4-year old son woke up with a headache and a fever and is now complaining of backache. Is this serious?",
 "NOT_URGENT", "soon", "lay",
 "Zocdoc Answers: https://www.zocdoc.com/answers/15927/my-4-year-old-son-woke-up-with-a-headache-and-a-fever-and-is-now-complainin (doctor's reply: take your son to see his doctor, speak with your doctor soon)", "third"),
("I have pain in my chest that is worse when I lift?",
 "NOT_URGENT", "soon", "lay",
 "HealthTap: https://www.healthtap.com/user_questions/108102-i-have-pain-in-my-chest-that-is-worse-when-i-lift (doctors' replies: refrain from lifting until checked by your md; sore-to-touch pain is not serious, see your doctor if tight/heavy)", "first"),
("My 4-year -old son mistakenly swallowed one of his plastic toys. I asked him to drink lots of water in order to push it out unfortunately, up till now, we have not seen him pass out the toy. Kindly advise on what to do. I am very worried.",
 "NOT_URGENT", "self-care", "lay",
 "Nigerian Tribune health column: https://tribuneonlineng.com/my-son-swallowed-his-toy/ (doctor's reply: such objects usually pass in a bowel movement, nothing to worry about)", "third"),
("Friend has muscle paralysis, numbness, coldness, slurred speech, dizziness after jogging? What is going on?",
 "URGENT", "emergency", "lay",
 "HealthTap: https://www.healthtap.com/user_questions/160028-friend-has-muscle-paralysis-numbness-coldness-slurred-speech-dizziness-after-jogging-what-is-go (doctor's reply: Call 911, get friend to ER now)", "third"),
("I am bleeding while pregnant what should I do?",
 "URGENT", "emergency", "lay",
 "AskTheDoctor.com: https://www.askthedoctor.com/bleeding-while-pregnant-188915 (doctor's reply: you must immediately report to the ER)", "first"),
("I'm experiencing sudden weakness or numbness on one side of my body. What are the signs of a stroke, and when should I call 911?",
 "URGENT", "emergency", "lay",
 "FindATopDoc Questions: https://findatopdoc.com/Questions/What-are-the-signs-of-a-stroke-and-when-should-I-call-911 (emergency physician's reply: anyone with these symptoms should call 911 immediately)", "first"),
("My 94 Year Old Mother Is Having Slurred Slow Speech.",
 "URGENT", "emergency", "lay",
 "AskADoctor24x7: https://askadoctor24x7.com/premiumquestions/My-94-year-old-mother-is-having-slurred-slow-speech/358798 (doctor's reply: Call 911, immediately let the EMTs assess for stroke)", "third"),
]
