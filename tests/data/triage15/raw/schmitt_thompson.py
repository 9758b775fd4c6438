# Schmitt-Thompson telephone-triage protocols as published on hospital / practice symptom-checker pages
# (adult "HouseCalls" care guides by D. Thompson; pediatric/teen "Is your child sick?" guides by B. Schmitt).
# Each line = one bullet under the page's own disposition heading. Label rule:
#   "Call 911 Now (you may need an ambulance)" / "Call 911 Now" -> URGENT/emergency
#       (-> URGENT/crisis when the bullet is about suicide/self-harm; the page adds "or call a suicide crisis line NOW")
#   "Call Your Doctor Within 24 Hours" / "Call Your Doctor During Weekday Office Hours" / "Contact Doctor Within 24 Hours" -> NOT_URGENT/doctor
#   "Self Care at Home If" -> NOT_URGENT/self-care
#   "Call Your Doctor Now (night or day)" / "Call Doctor or Seek Care Now" / "Call Doctor Now or Go to ER" -> dropped (the
#       site's own definition: "may have an emergency or urgent condition ... If you can't reach your doctor within 60 minutes, go to the ER")
# Bullets are fragments, so the page's topic is put in front ("Chest pain: ..."); nested bullets are joined to their parent with ": ".
# (url, heading, triage, text)
AHC = "https://ahchealthenews.com/ahc_scripts/symptom_checker/WebPages3/housecalls/adult/"
H911 = "Call 911 Now (you may need an ambulance) If"
H24 = "Call Your Doctor Within 24 Hours (between 9 am and 4 pm) If"
HOFF = "Call Your Doctor During Weekday Office Hours If"
HSC = "Self Care at Home If"
ITEMS = [
(AHC+"chestpain.htm", H911, "emergency", "Chest pain: Passed out (fainted)"),
(AHC+"chestpain.htm", H911, "emergency", "Chest pain: Sweat on or dripping down face"),
(AHC+"chestpain.htm", H911, "emergency", "Chest pain: Severe trouble breathing (struggling for each breath or cannot speak)"),
(AHC+"chestpain.htm", H911, "emergency", "Chest pain: Lips or face are blue"),
(AHC+"chestpain.htm", H911, "emergency", "Chest pain lasting more than 5 minutes and any of these: Pain is crushing, pressure-like, or heavy"),
(AHC+"chestpain.htm", H911, "emergency", "Chest pain lasting more than 5 minutes and any of these: Over 30 years old and have at least one cardiac risk factor (high blood pressure, diabetes, high cholesterol, obesity, smoker, or strong family history of heart disease)"),
(AHC+"chestpain.htm", H911, "emergency", "Chest pain: Took nitroglycerin and chest pain did not go away"),
(AHC+"depression.htm", H911 + " (... or call a suicide crisis line NOW)", "crisis", "Depression: Suicide attempt"),
(AHC+"depression.htm", H911 + " (... or call a suicide crisis line NOW)", "crisis", "Depression: Feeling like harming yourself or killing yourself"),
(AHC+"depression.htm", H24, "doctor", "Depression: You want to talk with a mental health worker, psychiatrist, or counselor"),
(AHC+"depression.htm", H24, "doctor", "Depression: Symptoms keep you from working or going to school"),
(AHC+"depression.htm", H24, "doctor", "Depression: Alcohol or drug use"),
(AHC+"depression.htm", HOFF, "doctor", "Depression: Hard to focus or pay attention"),
(AHC+"depression.htm", HOFF, "doctor", "Depression: Moody or irritable"),
(AHC+"depression.htm", HSC, "self-care", "Depression: Mild depression symptoms"),
(AHC+"abdominalpainupper.htm", H911, "emergency", "Abdominal pain - upper: Very weak (can't stand)"),
(AHC+"abdominalpainupper.htm", H911, "emergency", "Abdominal pain - upper: Over 50 years old and pain lasts more than 5 minutes"),
(AHC+"abdominalpainupper.htm", H911, "emergency", "Abdominal pain - upper: History of a heart problem and pain lasts more than 5 minutes"),
(AHC+"abdominalpainupper.htm", H911, "emergency", "Abdominal pain - upper: Over 35 years old and have at least one heart risk factor, including: Smoker"),
(AHC+"abdominalpainupper.htm", H24, "doctor", "Abdominal pain - upper: Pain comes and goes (cramps), and lasts more than 24 hours"),
("http://www.ponderosafamily.com/Medical-Concerns/Are-You-Sick/Breathing-Difficulty.aspx", "Call 911 Now", "emergency", "Breathing difficulty: Choking right now"),
("http://www.ponderosafamily.com/Medical-Concerns/Are-You-Sick/Breathing-Difficulty.aspx", "Call 911 Now", "emergency", "Breathing difficulty: Trouble waking up or acting confused"),
("http://www.ponderosafamily.com/Medical-Concerns/Are-You-Sick/Breathing-Difficulty.aspx", "Call 911 Now", "emergency", "Breathing difficulty: Wheezing starts right after a bee sting, taking medicine, or eating an allergic food"),
("http://www.ponderosafamily.com/Medical-Concerns/Are-You-Sick/Breathing-Difficulty.aspx", "Call 911 Now", "emergency", "Breathing difficulty: Slow, shallow, and weak breathing"),
("http://www.pediatricweb.com/webpost/iframe/WGA_475.asp?tArticleId=3137&tCategoryId=1", "Call 911 Now", "emergency", "Trouble breathing: Passed out or stopped breathing"),
("http://www.pediatricweb.com/webpost/iframe/WGA_475.asp?tArticleId=3137&tCategoryId=1", "Call 911 Now", "emergency", "Trouble breathing: Choked on a small object that could be caught in the throat"),
("http://www.pediatricweb.com/webpost/iframe/WGA_475.asp?tArticleId=3137&tCategoryId=1", "Call 911 Now", "emergency", "Trouble breathing started suddenly after bee sting, new medicine or an allergic food"),
("https://advocaremorristownpediatrics.com/are-you-sick/Panic-Attack", "Call 911 Now", "crisis", "Panic attack: You fear you will hurt yourself or someone else"),
("https://advocaremorristownpediatrics.com/are-you-sick/Panic-Attack", "Call 911 Now", "emergency", "Panic attack: Severe trouble breathing (struggling for each breath, can barely speak)"),
]
ITEMS += [
(AHC+"chestpain.htm", H911, "emergency", "Chest pain: Very weak (can't stand)"),
(AHC+"chestpain.htm", H911, "emergency", "Chest pain: Severe chest pain"),
(AHC+"chestpain.htm", H911, "emergency", "Chest pain lasting more than 5 minutes and any of these: Over 50 years old"),
(AHC+"chestpain.htm", H911, "emergency", "Chest pain lasting more than 5 minutes and any of these: History of heart disease (angina, heart attack, bypass surgery, angioplasty)"),
("http://www.pediatricweb.com/webpost/iframe/WGA_475.asp?tArticleId=3137&tCategoryId=1", "Call 911 Now", "emergency", "Trouble breathing: Lips or face are bluish when not coughing"),
("http://www.pediatricweb.com/webpost/iframe/WGA_475.asp?tArticleId=3137&tCategoryId=1", "Call 911 Now", "emergency", "Trouble breathing: Severe trouble breathing (struggling for each breath, can barely speak or cry)"),
]
