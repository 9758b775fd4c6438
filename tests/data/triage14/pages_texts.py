# Texts copied verbatim from stored copies of public web pages (search tool, corpus "pages").
# Each entry: (question, label, triage, source). A "Title: " prefix, where present, is the page's own
# title/section heading, copied from the page (not written by the collector); the action line
# ("Call 999 if", "See a GP if" ...) that gives the label is NOT included in the question.
E, N = "URGENT", "NOT_URGENT"
P = []
def add(src, label, triage, items, prefix=""):
    for t in items:
        P.append((prefix + t, label, triage, src))

# 1. NHS website, Coughing up blood
u = "http://nhs.uk/conditions/coughing-up-blood/pages/introduction.aspx"
add(u + " [under 'Urgent advice: Ask for an urgent GP appointment or get help from NHS 111 if:']", N, "doctor",
    ["you've coughed up a few small spots, flecks or streaks of blood, or noticed blood in your phlegm or handkerchief"])
add(u + " [under 'Immediate action required: Call 999 or go to A&E immediately if:']", E, "emergency",
    ["you're coughing up more than just a few spots or streaks of blood",
     "you're coughing up blood and finding it hard to breathe, have a very fast heartbeat or have pain in your chest or upper back"])

# 2. Charter Medical Centre (NHS GP practice), Chest Pain
u = "https://chartermedicalcentre.co.uk/chest-pain [under 'Call 999 if:']"
add(u, E, "emergency",
    ["you get sudden pain or discomfort in your chest that does not go away – the pain can feel like squeezing or pressure inside your chest, burning or indigestion",
     "you get pain that spreads to your left or right arm, or your neck, jaw, stomach or back",
     "you have chest pain and you feel sweaty, sick, light headed or short of breath"])

# 3. Springwell House Surgery (NHS), Recognising Heart Attack
u = "https://springwellhousesurgery.nhs.uk/reconising-a-heart-attack/"
add(u + " [sentence continues 'telephone 999 for ambulance'; action clause removed]", E, "emergency",
    ["If you sufffer from angina and angina pain lasts longer than 15 minutes in spite of rest and using the GTN spray"])
add(u + " [sentence continues 'it could be angina. Telephone surgery and make an appointment to see your doctor for further tests'; cut before that]", N, "doctor",
    ["If you get chest pain or discomfort which comes on when you exert your self and continues to get worse unless you slow down or stop and goes away fully with in few minutes on stopping"])

# 4. Dr Hassan Paraiso (UK GP) blog, Palpitations and Irregular Heartbeats: When to Seek Assessment
u = "https://www.drparaiso.co.uk/post/palpitations-and-irregular-heartbeats-when-to-seek-assessment [under 'Red flag checklist ... Call 999 or attend A&E immediately if you have:']"
add(u, E, "emergency",
    ["Chest pain that is severe, crushing or spreading to the arm, jaw or back.",
     "Sudden shortness of breath, difficulty speaking, or blue lips or face.",
     "Collapse, fainting, or episodes where you are hard to wake.",
     "New weakness in the face, arm or leg, or sudden difficulty speaking.",
     "A racing heart that will not slow down and is accompanied by dizziness, chest discomfort or breathlessness.",
     "A heart rate consistently above 140 beats per minute at rest.",
     "Any palpitations linked to severe dizziness, near-blackouts or confusion."])

# 5. NHS 111 Wales, Fainting
u = "https://111.wales.nhs.uk/encyclopaedia/f/article/fainting [under 'Call 999 if: Someone faints and they:'; stem 'Someone faints and they' kept]"
add(u, E, "emergency",
    ["are not breathing", "cannot be woken up within 1 minute",
     "have not fully recovered or have difficulty with speech or movement",
     "have chest pain or a pounding, fluttering or irregular heartbeat (heart palpitations)",
     "have seriously hurt themselves", "are shaking or jerking because of a seizure or fit"],
    prefix="Someone faints and they ")

# 6. NHS 111 Wales, Dizziness
u = "https://111.wales.nhs.uk/dizziness [under 'See a GP if:']"
add(u, N, "doctor",
    ["you're worried about your dizziness or vertigo", "it won't go away or keeps coming back",
     "you're finding it harder to hear", "there's ringing or other sounds in your ears (tinnitus)",
     "you have double vision, blurred vision or other changes in your eyesight",
     "your face, arms or legs feel numb",
     "you have other symptoms like fainting, headaches, feeling or being sick"], prefix="Dizziness: ")

# 7. Gordon Street Medical Centre (GTD Healthcare, NHS), Self-help minor illnesses, Coughs
u = "https://gtdhealthcare.co.uk/gordonstreetmedicalcentre/health-information-and-support/self-help-minor-illnesses [section 'Coughs', under 'See a GP if:']"
add(u, N, "doctor",
    ["you have had a persistent cough for more than three weeks;",
     "your cough is very bad or quickly gets worse – for example, you have a hacking cough or cannot stop coughing;",
     "you feel very unwell;", "you have chest pain;", "you are losing weight for no reason;",
     "the side of your neck feels swollen and painful (swollen glands);", "you find it hard to breathe;",
     "you have a weakened immune system – for example, because of chemotherapy or diabetes."], prefix="Coughs: ")

# 8. Boots (pharmacy), When to see a doctor for sickness, diarrhoea & vomiting
u = "https://www.ae.boots.com/en/when-see-doctor-sickness-diarrhoea-vomiting/ [under 'When should you consult a GP? ... Schedule an appointment if:']"
add(u, N, "doctor",
    ["Vomiting continues for more than two days", "If you keep vomiting and can't keep fluids down",
     "You have diarrhoea for longer than seven days",
     "You’ve experienced unexplained weight loss along with vomiting and diarrhoea symptoms",
     "There’s blood in your stools",
     "You have symptoms of dehydration. Signs may include dry mouth, excessive thirst, dizziness, passing little or dark coloured urine",
     "Your stools are black or very dark, as this may be a sign of bleeding within the bowel"])

# 9. Mid and South Essex ICS (NHS), Vomiting and diarrhoea (child health)
u = "https://midandsouthessex.ics.nhs.uk/health/campaigns/child-health/vomiting-diarrhoea"
add(u + " [under 'Call 111 ... if your child has:'; prefix from the page heading]", N, "doctor",
    ["not passed urine in 12-18 hours", "has blood in their diarrhoea or it lasts 7+ days",
     "has been vomiting for more than 2 days"], prefix="Vomiting and diarrhoea: ")
add(u + " [under 'Call 999 or go to the nearest emergency department (A&E) if your child has:']", E, "emergency",
    ["bright yellow, green or brown vomit", "blood in their vomit", "swallowed something poisonous",
     "has a stiff neck and pain when looking at a bright light"], prefix="Vomiting and diarrhoea: ")

# 10. Elvington Medical Practice (NHS GP), Vomiting and diarrhoea
u = "https://elvingtonmedicalpractice.co.uk/learning/how-to-deal-with/vomiting-and-diarrhoea [under 'You should seek medical advice from 111 in the following situations:']"
add(u, N, "doctor",
    ["If you suspect that you are becoming dehydrated.", "If you have blood in your diarrhoea or vomit.",
     "If you have a persisting high fever.",
     "If your symptoms are not settling - for example, vomiting for more than 1-2 days, or diarrhoea that does not start to settle after 3-4 days.",
     "If you are pregnant."], prefix="Vomiting and diarrhoea: ")

# 11. Sheffield Aches and Pains (NHS MSK service), What is back pain?
u = "https://sheffieldachespains-staging.preflight.site/conditions/back-pain/what-is-back-pain"
add(u + " [under 'Ask for an urgent GP practice appointment or call 111 if: You have back pain and']", N, "doctor",
    ["a high temperature", "you’ve lost weight without trying to",
     "there’s a lump or swelling in your back or your back has changed shape",
     "the pain does not improve with relative rest and is much worse at night"], prefix="You have back pain and ")
add(u + " [under 'Call 999 or go to A&E if: You have back pain and:']", E, "emergency",
    ["pain, tingling, weakness or numbness in both legs", "numbness or tingling around your genitals or buttocks",
     "difficulty peeing", "loss of bladder or bowel control (peeing or pooing yourself)",
     "New inability to gain or maintain an erection.", "chest pain",
     "it started after a serious accident, such as a car accident"], prefix="You have back pain and ")

# 12. redflagsymptoms.co.uk, Lower Back Pain
u = "https://redflagsymptoms.co.uk/back-pain [under 'Routinely:']"
add(u, N, "doctor",
    ["Your back pain does not improve after treating it at home for a few weeks",
     "The pain is stopping you doing your day-to-day activities",
     "The pain is severe or getting worse over time",
     "You're worried about the pain or you're struggling to cope"])

# 13. University of Sheffield Health Service, Low back pain
u = "http://www.sheffield.ac.uk/health-service/conditions/low-back-pain [under 'You should book an appointment with a doctor or nurse practitioner if:']"
add(u, N, "doctor",
    ["your pain is getting worse despite treating it", "you have a fever (high temperature) at the same time",
     "if the pain travels to or is in your chest as well", "if the pain is waking you at night",
     "your pain is the result of an accident or an injury", "you're unintentionally losing weight at the same time"],
    prefix="Low back pain: ")

# 14. Frimley Healthier Together (NHS), Allergic reaction - Advice for Parents and Carers
u = "https://frimley-healthiertogether.nhs.uk/professionals/safety-netting-documents-parents/allergic-reaction"
add(u + " [list ending 'You need urgent help. Go to the nearest Hospital Emergency (A&E) Department or phone 999']", E, "emergency",
    ["Feeling of tightness in the chest or throat", "Swelling of the mouth, face, tongue or lips",
     "Breathing fast, too breathless to talk, eat or drink", "Harsh noise as they breathe in (stridor)",
     "Breathing that stops or pauses", "Is pale, blue, mottled or feels unusually cold to touch",
     "Difficult to wake up, very sleepy or confused"], prefix="Allergic reaction: ")
add(u + " [list ending 'You need to contact a doctor or nurse today. Please ring your GP surgery or call NHS 111']", N, "doctor",
    ["Itchy skin or a raised rash (hives)", "Tingling of mouth", "Dry skin, lips or tongue",
     "Not had a wee or wet nappy in last 8 hours",
     "They are having allergic reactions frequently or you are not sure what they are allergic to"],
    prefix="Allergic reaction: ")

# 15. Frimley Healthier Together (NHS), Abdominal Pain - Advice for Parents and Carers
u = "https://frimley-healthiertogether.nhs.uk/professionals/safety-netting-documents-parents/abdominal-pain"
add(u + " [list ending 'You child needs urgent help. Please phone 999 or go to the nearest hospital emergency (ED) department']", E, "emergency",
    ["Becomes pale and floppy", "Develops cold hands and feet", "Is going blue around the lips",
     "Becomes drowsy or difficult to wake", "Has green or blood stained vomit",
     "Develops severe pain despite pain relief such as paracetamol or ibuprofen",
     "Has testicular pain (especially in teenage boys)"], prefix="Abdominal Pain: ")
add(u + " [list ending 'You need to contact a doctor or nurse today. Please ring your GP surgery or out of hours contact NHS 111']", N, "doctor",
    ["Develops a swollen tummy", "Pain on urination", "Has blood in their poo or wee",
     "Is weeing significantly more or less than normal",
     "Experiences constant pain for more than 1 day despite pain killers",
     "Has a fever or symptoms continuing for more than 5 days", "Becomes increasingly thirsty",
     "Develops yellow skin or eyes", "Has poor growth"], prefix="Abdominal Pain: ")

# 16. Whitfield PCN (NHS primary care network), Earache and ear pain
u = "https://www.whitfieldpcn.co.uk/help-support/self-care/earache-and-ear-pain/ [under 'seek medical help as soon as possible, this may be through your GP Surgery, the walk in centre or 111 if it is out of GP hours']"
add(u, N, "doctor",
    ["Becoming more generally unwell", "Feel hot and shivery", "Change to your hearing – hearing loss",
     "Something stuck in the ear", "Pain in the bone behind the ear"], prefix="Earache and ear pain: ")

# 17. zana.com (content supplied by the NHS website), Earache: when to get medical advice
u = "https://www.zana.com/a/earache-toget-medical-advice.6328 [under 'You should contact your GP or local out-of-hours service, or call NHS 111 if:']"
add(u, N, "doctor",
    ["you or your child also has other symptoms, such asa high temperature (fever), vomiting, a severe sore throat , swelling around the ear, or discharge from the ear",
     "the earache doesn't improve withina few days"], prefix="Earache: ")

# 18. North East and North Cumbria Healthier Together (NHS), New tummy ache - second (amber) list.
# The stored excerpt ends inside this list, so its action line is not visible; the label rests on the
# page's standard structure (first list -> 'You need urgent help ... A&E or phone 999'; second list ->
# on every Healthier Together page 'You need to contact a doctor or nurse today').
u = "https://www.nenc-healthiertogether.nhs.uk/parentscarers/worried-your-child-unwell/tummy-ache [second list 'If your child has any of the following:' (amber; action line cut off in the stored copy)]"
add(u, N, "doctor",
    ["Pain that does not get better after painkillers (paracetamol and/or ibuprofen)",
     "Pain that starts in the middle and moves to the right hand side",
     "Persistent vomiting", "Increasingly thirsty and losing weight",
     "Breathing a bit faster than normal or working a bit harder to breathe",
     "Not had a wee or wet nappy in last 12 hours", "Crying and unsettled",
     "Poor feeding (babies) or not drinking (children)",
     "A temperature 39oC or above in babies 3-6 months", "Swollen tummy"], prefix="New tummy ache: ")
