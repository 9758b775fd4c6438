ITEMS = [
("""I have heart palpitations, a lot. Is this something I need to worry about?""",
 "NOT_URGENT","soon","lay","El Dorado Springs Sun 'Providing Information' column, Dr. Rick Casey: http://eldoradospringsmo.com/community/providing-information-33/ (answer: keep a record and bring them in to the doctor for evaluation; 'Most of the time, it is not dangerous')"),
("""Recently I've been experiencing pretty frequent dizzy spells, sometimes
as often as once a day. They hit just after I stand up from a chair, and usually
it's after a full day of running errands and feeling fine. I don't understand:
I eat well and exercise regularly. What could be wrong?""",
 "NOT_URGENT","soon","lay","drdonnica.com FAQ 'Frequent Dizzy Spells': http://drdonnica.com/faqs/00008085.htm (Donnica Moore, M.D.: probably orthostatic hypotension; your doctor will check blood pressure lying, sitting, standing)"),
("""While I was watching television last week, I hopped up during the commercial
break to grab a snack and was stopped dead by a searing pain in my chest. It
felt like several, repeated jolts of electricity were shooting right into my
heart, and the more I tried to breathe deeply and ease the pain, the more it
hurt. But then, about 40 seconds later, the pain just subsided and hasn't returned.
I don't think it was a heart attack, but what else could it be?""",
 "NOT_URGENT","soon","lay","drdonnica.com FAQ 'Sudden Chest Pain': http://drdonnica.com/faqs/00007349.htm (Donnica Moore, M.D.: discuss this with your physician; tests such as a cardiogram or stress test)"),
("""I sometimes get short of breath. Should I worry that it’s serious?""",
 "NOT_URGENT","soon","lay","askdoctork.com (Dear Doctor K): https://www.askdoctork.com/sometimes-i-experience-shortness-of-breath-should-i-be-worried-201311305758 (Dr. Komaroff: often no big deal; if it is new for you, talk to your doctor)"),
("""When I stand up suddenly, I feel dizzy. Should I worry?""",
 "NOT_URGENT","soon","lay","Cleveland Clinic Health Essentials Q&A: https://health.clevelandclinic.org/stand-suddenly-feel-dizzy-worry/ (preventive cardiologist Haitham Ahmed, MD: temporary BP drop; if consistent, get pressure checked lying/sitting/standing at the doctor's office)"),
]
