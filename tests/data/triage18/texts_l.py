T = [
("tribuneonlineng.com", "https://tribuneonlineng.com/i-have-heartburn-3/ (Ifeoma)", "NOT_URGENT", "self-care",
 "Anytime I lie down, especially after meals, I usually end up with pains in the middle of my chest. My friend who is a nurse said it looks like heart burn. Kindly let me know what to do about it.",
 "Heartburn is a symptom of GERD ... Identifying the foods that cause heartburn and avoiding them ... If the above do not relieve your heartburn, you should see a doctor."),
("drdonnica.com", "http://drdonnica.com/faqs/00008773.htm (Abdominal Cramps and Diarrhea)", "NOT_URGENT", "doctor",
 "I've been suffering from bouts of abdominal cramps and diarrhea for as\nlong as I can remember, but recently my symptoms have gotten much worse. Now\nit seems as though every time I have the urge to go I can barely make it to\nthe toilet in time, and I'm almost afraid to leave the house for fear of being\ntoo far from the bathroom. I'm worried. Could this be serious?",
 "Dr. Donnica: It is time for you to consult a gastroenterologist. ... they sound like classic symptoms of Irritable Bowel Syndrome or IBS."),
("myrgv.com", "https://myrgv.com/ask-the-expert/2021/04/09/i-have-abdominal-pain-and-cramping-could-i-have-irritable-bowel-syndrome/", "NOT_URGENT", "doctor",
 "I have abdominal pain and cramping, could I have Irritable Bowel Syndrome?",
 "Carlos J. Cardenas MD: Evaluation for IBS consists of seeing your physician for a physical examination, laboratory evaluation and age-appropriate colorectal cancer screening"),
]
