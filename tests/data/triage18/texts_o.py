T = [
("pediatricinsider.wordpress.com", "https://pediatricinsider.wordpress.com/2012/12/14/school-morning-belly-aches-are-they-real/ (Dave)", "NOT_URGENT", "self-care",
 "I have a six year old who gets a lot of belly aches. She’s seen her ped and a GI, and all the tests say nothing. Her belly aches really only happen in the morning before school. I think it might be psychological, and have told her about the boy who cries wolf, but she insists that her tummy hurts. What should we do?",
 "Roy Benaroch, MD: ... it tells us that we don’t need more invasive tests or procedures. Instead, we ought to be focusing on ways to help the child feel better."),
("abcnews.go.com", "https://abcnews.go.com/Health/LivingWithPain/story?id=4052460", "NOT_URGENT", "self-care",
 "My Child Often Complains Of Stomach Aches, But The Pediatrician Says He Is Okay. What Can I Do?",
 "Answer: Stomach aches are very common in childhood, yet few have disease. ... functional abdominal pain ... they often respond well to relaxation therapy and positive family support. However, if your child has abdominal pain that persists or gets worse, another visit to the pediatrician is warranted."),
("medtexts.com", "https://medtexts.com/pediatric-49011-pediatric-roseola-precautions", "NOT_URGENT", "self-care",
 "My baby has been running a fever for three days, and I noticed red spots (rash) on her body at 1 PM today. Should I be concerned about anything (food, items used)?",
 "Pediatric roseola is a viral infection that is not a serious issue; most cases can heal on their own without causing alarm. ... the rash appearing indicates that the condition is improving."),
]
