T = [
("healthunlocked.com", "https://healthunlocked.com/asthmalunguk-asthma/posts/141082973/asthma-attack", "URGENT", "emergency",
 "At around 3pm our dog chased a bird in the garden, and I jumped up quickly and ran to catch her. Within seconds, I started to get breathing problems, and got into the house as fast as I could - which only made it worse.\nWent for my Ventolin and it was so bad that I couldn't manage to inhale any. I was gasping for air and it got worse.",
 "Husband ... went to call an ambulance when I nodded 'yes' for help. ... Ambulance crew were brilliant - ECG, BP, sats"),
("pharmacyinpractice.uk", "https://pharmacyinpractice.uk/2016/10/13/the-anatomy-of-an-asthma-attack-the-experience-of-a-parent/ (Johnathan Laird)", "URGENT", "emergency",
 "Wife calls. Our son is struggling to breath. Can you come home quickly.\n\nPhone down.\n\n\nIn the door, noisy breathing, crying, upset. Wheeze.\n\nHis face is so white.",
 "The anatomy of an asthma attack ... Ambulance. Blue light. ... Paramedic gets the nebuliser straight on."),
("liverpoolecho (cloudfront mirror)", "https://d33gy59ovltp76.cloudfront.net/news/mum-s-plea-to-other-parents-after-her-intuition-saves-baby-daughter-s-life (Lara Cope)", "URGENT", "emergency",
 "It started as a normal day for her, she's normally quite a happy baby but about 5pm that day she woke from her nap and was very unsettled, she didn't want a feed which is unusual for her.\n\"She'd been showing signs of teething so I gave her some Calpol but she just wasn't herself. Her temperature was fine but then she vomited and continued to be unsettled.",
 "we took her to Whiston hospital ... she had a temperature of 40 and heart rate of 200 and was diagnosed with sepsis. ... They did everything at A&E"),
("aorticdissection.com", "http://www.aorticdissection.com/Personal%20Stories/Julie%20Raines.htm (Julie Raines)", "URGENT", "emergency",
 "Six days after delivering I was sitting on the couch feeding him.\n\nWhen I went to stand up it felt like someone stuck a knife between my shoulder blades. I had searing pain in my back and shoulders, and I couldn't breathe.",
 "told him to call an ambulance ... The scan showed a aortic dissection had occurred. ... I was flown by Healthnet to the Cleveland Clinic"),
]
