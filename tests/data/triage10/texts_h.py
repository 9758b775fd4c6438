ITEMS = [
("""I have tingling in my face. Only on the left side. It is in the cheek and along my jaw. Why? What does it mean if your face is tingling?""",
 "NOT_URGENT","soon","lay","Zocdoc Answers 11291: https://www.zocdoc.com/answers/11291/why-is-my-face-tingling (doctor: see your primary care doctor as soon as possible; ER only with severe headache, speech trouble or weakness, which are not described)"),
("""About a month ago, one night while lying in bed trying to sleep, I noticed a tingling sensation on my right cheek.""" + "\n" + """It wasn't complete numbness, but rather a sensation similar to when your legs fall asleep from sitting cross-legged.""",
 "NOT_URGENT","soon","lay","doctorqna.com article 164110: https://doctorqna.com/en/article/164110 (neurologist: trigeminal nerve disorder suspected; visit a neurology outpatient clinic)"),
("""One side of my face has started to go numb from time to time. It is the left side and happens periodically. Like from the top to my chin, but I really feel it (or don't feel it) in my cheek. Is something wrong with my brain? Is this an early sign of a stroke? I'm only 24 and I think I'm too young for that.""",
 "NOT_URGENT","soon","lay","Zocdoc Answers 10359: https://www.zocdoc.com/answers/10359/why-is-my-face-going-numb (doctor: make an appointment with your primary care physician or neurologist quickly)"),
]
