# Hospital / health-system "when to see a doctor" pages (stored copies, `pages` corpus). One line per bullet or
# condition clause; list stems or the page topic are put in front when the bullet is a fragment.
# Label from the page's own heading: "Get emergency medical care" / "Call 911 or go to the emergency room" /
# "seek emergency medical attention" -> URGENT/emergency; "make an appointment (as soon as possible)" / "See your doctor" -> NOT_URGENT/doctor;
# "self-care" / "care at home" headings -> NOT_URGENT/self-care.
# (url, heading, triage, text)
MAYO_PALP = "https://www.mayoclinic.org/symptom-checker/heart-palpitations-adult/related-factors/itt-20009075"
CHRIST = "https://www.thechristhospital.com/healthspirations/when-to-see-your-doctor-for-heart-palpitations"
KUH = "https://www.kuh.ku.edu.tr/mayo-clinic-care-network/mayo-clinic-health-information-library/diseases-conditions/heart-palpitations"
ITEMS = [
(MAYO_PALP, "Get emergency medical care if heart palpitations are accompanied by:", "emergency", "Heart palpitations accompanied by: Chest pain that lasts more than a few minutes"),
(MAYO_PALP, "Get emergency medical care if heart palpitations are accompanied by:", "emergency", "Heart palpitations accompanied by: Dizziness, lightheadedness or fainting"),
(MAYO_PALP, "Get emergency medical care if heart palpitations are accompanied by:", "emergency", "Heart palpitations accompanied by: Shortness of breath"),
(CHRIST, "You should make an appointment with your doctor if as soon as possible if:", "doctor", "your heart palpitations are worrisome"),
(CHRIST, "You should make an appointment with your doctor if as soon as possible if:", "doctor", "your heart palpitations get worse"),
(CHRIST, "You should make an appointment with your doctor if as soon as possible if:", "doctor", "you regularly experience heart palpitations and have a history of cardiovascular disease"),
(CHRIST, "Call 911 or go to the emergency room if", "emergency", "heart palpitations occur with chest pain, severe shortness of breath, severe dizziness, excessive sweating or fainting."),
(KUH, "seek emergency medical attention", "emergency", "If you have heart palpitations with severe shortness of breath, chest pain or fainting"),
(KUH, "make an appointment to see your health care provider", "doctor", "If your palpitations are brief and there are no other worrisome signs or symptoms"),
]
ABOUT = "http://coldflu.about.com/od/whentoseeadoctor/qt/seeadoctorcough.htm"
ITEMS += [
(ABOUT, "You're Coughing Up Discolored Mucus: 'you should be evaluated by a healthcare provider'", "doctor", "If you are coughing up discolored mucus and it has lasted more than a week or is accompanied by a fever"),
(ABOUT, "You're Coughing Up Discolored Mucus: 'you should go to the emergency room immediately'", "emergency", "If you are coughing up pink, frothy mucus"),
]
HLF = "https://healthify.nz/health-a-z/c/chest-pain/"
ITEMS += [
(HLF, "Call 111 immediately if you have chest pain that: ('You could be having a heart attack ... call 111 for an ambulance')", "emergency", "Chest pain that: lasts more than 10 minutes"),
(HLF, "Call 111 immediately if you have chest pain that: ('You could be having a heart attack ... call 111 for an ambulance')", "emergency", "Chest pain that: spreads to your arms, back, neck or jaw"),
(HLF, "Call 111 immediately if you have chest pain that: ('You could be having a heart attack ... call 111 for an ambulance')", "emergency", "Chest pain that: feels like crushing pain, heaviness, tightness or pressure in your chest"),
(HLF, "Call 111 immediately if you have chest pain that: ('You could be having a heart attack ... call 111 for an ambulance')", "emergency", "Chest pain that: is accompanied by nausea (feeling sick), sweating, dizziness or shortness of breath."),
(HLF, "See your GP if:", "doctor", "you have chest pain that comes and goes"),
(HLF, "See your GP if:", "doctor", "you have chest pain that goes away quickly but you are still worried."),
]
HN = "https://www.healthnavigator.org.nz/health-a-z/h/headache/"
ITEMS += [
(HN, "When should I see my doctor about headaches? ... You should see your doctor if:", "doctor", "your headaches remain frequent, persistent or worsen"),
(HN, "When should I see my doctor about headaches? ... You should see your doctor if:", "doctor", "you get no relief from simple pain relievers"),
(HN, "When should I see my doctor about headaches? ... You should see your doctor if:", "doctor", "you take simple pain relievers more than twice a week"),
(HN, "When should I see my doctor about headaches? ... You should see your doctor if:", "doctor", "you were headache-free but now get them"),
(HN, "When should I see my doctor about headaches? ... You should see your doctor if:", "doctor", "your headache is triggered by standing up, coughing, straining, physical exertion or sexual intercourse"),
(HN, "When should I see my doctor about headaches? ... You should see your doctor if:", "doctor", "you are over 50 and start to get regular headaches or there is face or jaw pain."),
("http://whyhemp.net/index-273.html (verbatim mirror of the Healthify NZ 'Headache - overview' page)", "Call 111 and ask for an ambulance or go to the nearest hospital if:", "emergency", "a really severe headache comes on suddenly and gets worse within minutes"),
]
# Seattle Children's "Urgent Care vs. Emergency" table for families (providernews.seattlechildrens.org/er-vs-urgent-care/).
# Row label "Emergency" -> URGENT/emergency; "Urgent Care" (same-day, non-emergency care) -> NOT_URGENT/doctor. Prefixed "Child: ".
SCT = "https://providernews.seattlechildrens.org/er-vs-urgent-care/"
ITEMS += [(SCT, "Urgent Care vs. Emergency table, row marked " + ("Emergency" if t == "emergency" else "Urgent Care"), t, "Child: " + x) for x, t in [
 ("Asthma attack (minor)", "doctor"), ("Asthma attack (severe)", "emergency"),
 ("Head injury (minor and without loss of consciousness)", "doctor"), ("Head injury (with loss of consciousness or from extreme impact)", "emergency"),
 ("Stomach pain (mild)", "doctor"), ("Stomach pain (severe)", "emergency"),
 ("Fever (children over 2 months old)", "doctor"), ("Fever (infants less than 2 months old)", "emergency"),
 ("Dizziness", "doctor"), ("Fainting", "emergency"),
 ("Broken bone (not bent)", "doctor"), ("Broken bone (bent, curved or looks deformed)", "emergency"),
 ("Headache", "doctor"), ("Headache, migraine", "emergency"),
]]
