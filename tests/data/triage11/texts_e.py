ITEMS = [
("""I am a female, in my mid-twenties, and I am very active. I experienced calf pain for about two weeks, which I attributed to a strain from uphill running, and other cardiovascular and weight lifting workouts. Towards the end of two weeks, the pain in my right calf was to the point where I couldn’t ignore it, and I found myself trying to prop my leg up under my desk.

One morning, after a run, I sat down at my desk and noticed my back had a dull ache near the middle and right side of my spine. I thought I needed to drink more water. The pain gradually worsened throughout the day. By the end of the day, I decided to cancel my afternoon plans, and go lie down. By 8:00 p.m. my back pain had reached noticeable discomfort. By 10:00 p.m., I realized I was altering my breathing to not have to take full, deep, breaths, which were painful.""",
 "URGENT","emergency","lay","National Blood Clot Alliance 'My Strained Muscle was a Blood Clot: Cristal's Story': https://www.stoptheclot.org/cristal.htm (went to the ER; title/outcome: blood clot)"),
("""On February 17th I was out with Jeremy (or Mr Tall since the internet prefers this handle nowadays) and my leg had been hurting. I had been to the gym two days before so naturally I thought it was a cramp of some sort. It was right in my calf.

Thursday…my leg had swelled up. I cancelled my gym session made earlier dinner plans and went home as fast as I could so ice my leg . I had quite the cankle going on. I must say.

By Friday morning the 24th I could barely move my leg let alone walk normally.""",
 "URGENT","emergency","lay","therunningrover.com 'It's not muscle pain': https://therunningrover.com/2017/03/30/its-not-muscle-pain/ (clinic doctor: 'You probably have a blood clot. You need to go to emergency')"),
("""In August of 2015, I began having discomfort in the back of my right leg. I remember attending a friend’s engagement party and having to keep sitting down. Then one day shortly thereafter, while vacuuming and preparing to have friends over for my son’s 2nd birthday, I was having stabbing pain in the back of my leg.

This went on for a couple weeks. I figured it was just overuse, or maybe I had torn something running, as I’d recently stepped up my workouts.""",
 "NOT_URGENT","soon","lay","Lending Hearts 'Alia's Story': https://www.lendinghearts.org/post/alia-s-story (urgent care after ultrasound: hematoma; ibuprofen, see an orthopedic surgeon in a week if not better)"),
("""On Wednesday morning, I woke up with the left side of my face paralyzed. My eye and mouth were hanging and it got worse quickly. I started panicking, was I having a stroke?""",
 "NOT_URGENT","soon","lay","reneeheijneman.com 'Face a fear': https://reneeheijneman.com/tag/scared/ (outcome on page: went to the doctor by bus; Bell's palsy)"),
("""I thought I might be having a mild stroke this morning but on googling "am i having a stroke?" and reading around the symptoms it became clear that I wasn't so off I went with my plans for the morning. As time went by I realised that something was definitely wrong as my mouth felt like I was recovering from an injection at the dentist and my right eye was blinking slowly as it felt like it was compensating for my left eye being lazy. Throw in a bit of a numb tongue and it all adds up to a rather unpleasant feeling.""",
 "NOT_URGENT","soon","lay","dpfinnie.com 'Bell's Palsy': https://www.dpfinnie.com/2012/11/bells-palsy.html (pharmacy nurse: see our GP; GP diagnosed mild Bell's palsy)"),
("""I woke up one morning and my face felt weird.  I thought I was having an allergic reaction.  My tongue was swollen and my eye was hurting me. I didn't really think anything of it since I had these feelings previously while I was going thru my chemo process. I went to bed and the next day the whole left side of my face was numb.""",
 "NOT_URGENT","soon","lay","cancerninja.us 'WTF is Bells Palsy': https://www.cancerninja.us/post/wtf-is-bells-palsy (ER doctor: Bell's palsy; steroids and antibiotic, home within the hour)"),
]
