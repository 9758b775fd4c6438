# Official / clinical "when to get help" pages about suicide and self-harm (stored copies, `pages` corpus).
# Label from the page's own heading: "Call 911 Now" / "call 999 or go to A&E" / "Call your local emergency number (911)" -> URGENT/crisis
# (or /emergency for a purely medical bullet); "Call your child's therapist or pediatrician if" -> NOT_URGENT/doctor.
# Fragments get the page topic in front. (url, heading, triage, text)
DRUGS = "https://www.drugs.com/cg/help-prevent-suicide-in-children-and-adolescents-discharge-care.html"
D911 = "Call your local emergency number (911 in the US) if:"
DTHER = "Call your child's therapist or pediatrician if:"
SCH = "https://scdotorgproduction2.azurewebsites.net/conditions/a-z/suicide-concerns"
ITEMS = [
(DRUGS, D911, "crisis", "Your child does something on purpose to hurt himself or herself, such as cutting his or her wrists."),
(DRUGS, D911, "crisis", "Your child swallows medicines or other harmful substances, such as antifreeze."),
(DRUGS, D911, "crisis", "Your child says he or she wants to commit suicide."),
(DRUGS, DTHER, "doctor", "Your child has sudden mood changes, such as angry outbursts or despair."),
(DRUGS, DTHER, "doctor", "Your child has changes in behavior when he or she starts on depression medicine or his or her dose is changed."),
(DRUGS, DTHER, "doctor", "Your child acts out in anger or has reckless behavior."),
(DRUGS, DTHER, "doctor", "Your child withdraws from friends or loved ones."),
(DRUGS, DTHER, "doctor", "Your child feels that he or she cannot stop from hurting himself or herself, or others."),
(SCH, "When to Call for Suicide Concerns: Call 911 Now", "crisis", "Suicide concerns: Attempted suicide within last 24 hours"),
(SCH, "When to Call for Suicide Concerns: Call 911 Now", "emergency", "Suicide concerns: Acts or talks confused"),
("https://occmg.bradbartell.com/parent-guides/parents-guide-suicide-concerns-crisis", "When to Get Help: Call 911", "crisis", "The child has serious thoughts of suicide, killing themselves or harming themselves."),
("https://occmg.bradbartell.com/parent-guides/parents-guide-suicide-concerns-crisis", "When to Get Help: Call 911", "crisis", "The child is acting confused, uncoordinated, or has passed out (signs of overdose or injury)."),
("https://www.mentalhealth.org.uk/explore-mental-health/a-z-topics/suicidal-thoughts", "call 999 or go to A&E immediately", "crisis", "If you’ve taken steps to end your life or don’t feel you can keep yourself safe"),
("https://patient.info/health/depression-leaflet/suicidal-thoughts", "call 999 or attend the nearest Emergency Department", "crisis", "If your life is at risk - such as if you have taken an overdose, seriously harmed yourself, or otherwise do not feel you can keep yourself safe"),
("https://www.mindwell-leeds.org.uk/im-worried-about-someone/how-to-help-someone-in-a-crisis/", "Call 999 and ask for an ambulance, or, go to A&E.", "crisis", "Have they injured themself or taken an overdose? Are they at immediate risk of hurting themself or taking their life?"),
]
ITEMS += [
("https://www.mayoclinic.org/diseases-conditions/anxiety/in-depth/anxiety-treatment/art-20045940", "Call 911 or your local emergency number right away if", "crisis", "a person could harm themselves or attempt suicide."),
("https://www.mindwisenv.org/news-blogs/2024/february/suicide-prevention/", "please call 999, or go to your nearest A and E.", "crisis", "If you're worried you might hurt yourself or someone else"),
]
SCE = "https://www.seattlechildrens.org/clinics/urgent-care-clinic/emergency-or-urgent-care/"
SCEH = "Call 911 or go to an Emergency Department (ED) if your child has ... signs of a mental or behavioral health emergency. Signs ... include:"
ITEMS += [
(SCE, SCEH, "crisis", "Your child is at immediate risk for harm due to suicidal thoughts or feelings, or requires emergency medical care due to self-harm or a suicide attempt"),
(SCE, SCEH, "crisis", "Your child cannot take part in safety planning to avoid self-harm"),
(SCE, SCEH, "crisis", "You are concerned you cannot keep your child safe until their appointment"),
]
