# West J Emerg Med 2014;15(6):675-681 (doi 10.5811/westjem.2014.5.20410), Table 2 "Hypothetical low-acuity vignettes
# texted to participants", as stored at https://pmc.ncbi.nlm.nih.gov/articles/PMC4162728/table/t2-wjem-15-675
# Label = the study's own grouping of each vignette: "10 common low-acuity medical scenarios" and "Scenarios designed to
# prompt a PCP visit" -> NOT_URGENT (triage "soon"); "Scenarios designed to prompt an ED visit" -> URGENT ("emergency").
# The flu-shot scenario (no symptom) was left out. Texts verbatim.
SRC_LOW = "WestJEM 2014 low-acuity texting vignettes: https://pmc.ncbi.nlm.nih.gov/articles/PMC4162728/table/t2-wjem-15-675 (Table 2 group: %s)"
LOW = [
"Your stomach has been hurting since last night. You threw up twice today.",
"You’ve had a sore throat for 4 days and feel sick.",
"You’ve felt sick and had a fever for two days.",
"You’ve had a cough, runny nose and headache for 3 days.",
"You’ve had a throbbing headache for 3 hours.",
"You have a red itchy rash on your legs, it has been there for 4 days.",
"You hurt your back picking up a child 2 days ago and it still hurts to move.",
"You slipped walking up the stairs and injured your knee. It is swollen and painful to walk.",
"You’ve had a runny nose for 5 days and now your right ear is hurting.",
"You slipped in the bathroom, injured your back, it hurts to lie down and when you bend over or twist.",
]
PCP = [
"You have had a mole on your leg for 10 years and are now concerned it needs to be evaluated.",
]
ED = [
"All of a sudden you can’t move your right arm or leg and you can’t speak normally.",
"You fell down the stairs your head is bleeding, you are confused and you can tell your leg is broken.",
]
ITEMS = [(t, "NOT_URGENT", "soon", "vignette", SRC_LOW % "10 common low-acuity medical scenarios") for t in LOW] + \
        [(t, "NOT_URGENT", "soon", "vignette", SRC_LOW % "scenarios designed to prompt a PCP visit") for t in PCP] + \
        [(t, "URGENT", "emergency", "vignette", SRC_LOW % "scenarios designed to prompt an ED visit") for t in ED]
