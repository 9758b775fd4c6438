T = [
("independent.ie", "https://www.independent.ie/regionals/herald/lifestyle/health-beauty/dear-doctor-my-husbands-snoring-is-keeping-me-awake-is-there-a-better-answer-than-separate-bedrooms-27960718.html", "NOT_URGENT", "doctor",
 "My partner snores so much I have had to move into a different room.\n\nHe even seems to stop breathing during the night. What can he do to stop this?",
 "Dear Doctor: Snoring may be a sign of a potentially serious sleep disorder — obstructive sleep apnoea. ... For milder cases of obstructive sleep apnoea, lifestyle changes, such as losing weight or quitting smoking, are recommended first. ... there are a number of treatments available."),
("inquirer.com", "https://www.inquirer.com/philly/blogs/healthcare/My-husband-in-his-40s-recently-began-snoring-every-night-Is-there-anything-we-can-do-Can-a-doctor-help.html", "NOT_URGENT", "doctor",
 "My husband, in his 40s, recently began snoring every night. Is there anything we can do? Can a doctor help?",
 "Ajay Pillai, MD: If your husband snores loudly, appears to have pauses in his breathing during sleep ... he should be evaluated for possible sleep apnea."),
("spokesman.com", "http://www.spokesman.com/stories/2014/aug/12/ask-dr-k-sons-football-concussion-serious-matter/", "NOT_URGENT", "self-care",
 "My son got a concussion playing football. His doctor said he shouldn’t play again until his symptoms have completely disappeared. What symptoms should we be looking out for?",
 "DEAR READER (Ask Dr. K): There is no specific medicine used to treat a concussion. The best treatment is rest from physical and mental activity. Watch your son closely and contact his doctor if his symptoms get worse"),
]
