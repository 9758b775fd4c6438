#!/usr/bin/env python3
"""Build the rq11 outside test set for knowledge/stem-cell-therapy-side-effects.md.

Holds every candidate (CANDIDATES below), checks each expected section against the
article's headings, dedupes against the reference question files and within the set,
splits ONCE with random.Random(11) (stratified by label; each label shuffled; first
ceil(n/2) -> tuning.jsonl, rest -> heldout.jsonl), writes all/tuning/heldout.jsonl and
validates the fields. Run from anywhere: python3 tests/data/real_questions11/build.py
"""
import glob, json, math, os, random, re, string, sys, unicodedata
from collections import Counter, defaultdict
from urllib.parse import urlparse
REPO = __import__("os").path.abspath(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "..", "..", ".."))  # the repository

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = REPO + "/knowledge/stem-cell-therapy-side-effects.md"
REF_GLOBS = [REPO + "/tests/data/*.jsonl", REPO + "/tests/data/*/*.jsonl",
             REPO + "/tests/data/*/*/*.jsonl", REPO + "/knowledge/calibration.jsonl"]
MAX_PER_SOURCE = 20

# short codes used in CANDIDATES -> exact article headings
CODES = {
    "U": "Understanding Stem Cell Therapy",
    "C": "Common Side Effects of Stem Cell Therapy",
    "1": "1. Pain and Swelling at the Injection Site",
    "2": "2. Risk of Infection",
    "3": "3. Immune System Reactions",
    "4": "4. Tumor Formation and Uncontrolled Cell Growth",
    "5": "5. Blood Clots and Pulmonary Embolism",
    "L": "Less Common but Serious Side Effects",
    "6": "6. Neurological Complications",
    "7": "7. Autoimmune Reactions",
    "8": "8. Unregulated Clinics and Safety Concerns",
    "M": "Mitigating Risks and Ensuring Safe Treatment",
    "F": "Final Thoughts",
}

# ---- dedupe rules (same as dedupe.py) ----
def norm(s):
    return re.sub(r"\s+", " ", s.casefold()).strip()

def nopunct(s):
    s = norm(s)
    s = "".join(ch for ch in s if not unicodedata.category(ch).startswith("P")
                and ch not in string.punctuation)
    return re.sub(r"\s+", " ", s).strip()

def shingles(s, k=12):
    w = nopunct(s).split()
    return {tuple(w[i:i + k]) for i in range(len(w) - k + 1)}

class Index:
    def __init__(self):
        self.exact, self.np, self.p80, self.sh = set(), set(), set(), set()
    def add(self, q):
        n = norm(q)
        self.exact.add(n); self.np.add(nopunct(q)); self.p80.add(n[:80]); self.sh |= shingles(q)
    def check(self, q):
        n = norm(q)
        if n in self.exact: return "exact"
        if nopunct(q) in self.np: return "no-punct"
        if n[:80] in self.p80: return "first-80"
        if shingles(q) & self.sh: return "12-word-shingle"
        return None

def article_headings():
    heads = []
    with open(ARTICLE, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                heads.append(line.lstrip("#").strip())
    return heads

def source_key(src):
    """Group lines by original source for the per-source cap."""
    if src.startswith("http"):
        host = urlparse(src).netloc.lower()
        return host[4:] if host.startswith("www.") else host
    m = re.match(r"GitHub file, index id (\d+)", src)
    if m: return "github-id-" + m.group(1)
    m = re.match(r"([\w.-]+/[\w.-]+):", src)   # owner/repo:path@commit
    if m: return m.group(1)
    return src

CANDIDATES = [
    {"question": "Why didn’t my doctor talk to me about cord blood options?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.savethecordfoundation.org/cord-blood-facts/cord-blood-faq/"},
    {"question": "Does the procedure hurt the mother or child?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.savethecordfoundation.org/cord-blood-facts/cord-blood-faq/"},
    {"question": "Does cord blood collection interfere with the birth?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.savethecordfoundation.org/cord-blood-facts/cord-blood-faq/"},
    {"question": "What is the difference between private cord blood banking and public cord blood banking/donation?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.savethecordfoundation.org/cord-blood-facts/cord-blood-faq/"},
    {"question": "Are cord blood stem cells different than other types of stem cells?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.savethecordfoundation.org/cord-blood-facts/cord-blood-faq/"},
    {"question": "What questions should parents ask a Family Bank about collecting cord blood?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://parentsguidecordblood.org/faqs.php?tag=2"},
    {"question": "Do I need to store the cord blood in the country where I plan to use it?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://parentsguidecordblood.org/faqs.php?tag=2"},
    {"question": "If I banked privately for one child, do I need to do it for additional children?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://parentsguidecordblood.org/faqs.php?tag=2"},
    {"question": "Why is Umbilical cord blood banking necessary?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://question.com/why-is-umbilical-cord-blood-banking-necessary-633010.html"},
    {"question": "Is Umbilical cord blood banking worth for most people?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://question.com/why-is-umbilical-cord-blood-banking-necessary-633010.html"},
    {"question": "What are the side effects of stem cell transplantation?", "label": "ANSWERABLE", "expected_sections": ["C", "L"], "source": "https://spectrumhealthmedical.com/education-resources/stem-cell-faq/what-are-the-side-effects-of-stem-cell-transplantation", "unsure": True, "note": "page uses 'transplantation' for orthopedic stem cell therapy"},
    {"question": "What are the negative side effects of stem cell therapy?", "label": "ANSWERABLE", "expected_sections": ["C", "L"], "source": "https://www.livhospital.com/fr/negative-side-effects-stem-cell-therapy"},
    {"question": "Does Insurance Cover Stem Cell Therapy?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://pastelink.net/qpdmbqoq"},
    {"question": "First, what counts as “stem cell therapy” for insurers?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://franciscoxfge786.tearosediner.net/insurance-coverage-for-stem-cell-therapy-medicare-private-plans-and-hsas"},
    {"question": "How long is the recovery?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://affinitysportsmedicine.com/faq-items/how-long-is-the-recovery/", "note": "FAQ item title (stem cell injections)"},
    {"question": "Can Stem Cell-Based Therapies Revolutionize Treatment for Knee Osteoarthritis?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://selfgrowth.com/print/12897189"},
    {"question": "What is the best recovery approach for a healthy female with osteoarthritis (OA) and a subchondral lesion undergoing stem cell therapy in the knee?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.droracle.ai/articles/730043/what-is-the-best-recovery-approach-for-a-healthy"},
    {"question": "how long do the effects of this therapy last?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://int.livhospital.com/how-long-do-stem-cell-injections-for-knees-last", "note": "sentence 'But a common question remains: how long ...'; lead-in dropped"},
    {"question": "Is It Painful to Donate Bone Marrow?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://int.livhospital.com/?p=9844"},
    {"question": "Where is the best place in the United States for stem cell therapy?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://stemcelltherapies.net/where-is-the-best-place-in-the-united-states-for-stem-cell-therapy"},
    {"question": "Am I a Candidate for Stem Cell Therapy?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://longevitythailand.com/en/insights/am-i-candidate-stem-cell-therapy"},
    {"question": "Exosomes vs. Stem Cells: What Is the Difference and Which Is Better?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://healthierrx.com/blog/what-are-exosomes-vs-stem-cells"},
    {"question": "What are exosomes?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.stems-health.com/exosome-faqs"},
    {"question": "How do exosomes work in therapy?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.stems-health.com/exosome-faqs"},
    {"question": "Are exosomes the same thing as stem cells?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.stems-health.com/exosome-faqs"},
    {"question": "How are exosomes related to stem cells?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.dvcstem.com/post/exosomes"},
    {"question": "What is exosome therapy?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.dvcstem.com/post/exosomes"},
    {"question": "Are Stem Cells FDA Approved?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.bodypro.com/ufaqs/are-stem-cells-fda-approved/"},
    {"question": "Are stem cell therapies safe and legal in the USA?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.oaswo.com/blog/post/are-stem-cell-therapies-safe-and-legal-usa", "unsure": True, "note": "legal half unanswered; safety half partly"},
    {"question": "What is legal when it comes to stem cell therapy in regenerative medicine?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.personalizedstemcells.com/bobs-blog/what-is-legal-when-it-comes-to-stem-cell-therapy-in-regenerative-medicine-cpfbh"},
    {"question": "Is stem cell therapy FDA-approved?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://boulderbiologics.com/is-stem-cell-therapy-fda-approved"},
    {"question": "Does It Hurt to Be a Bone Marrow Donor?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://biologyinsights.com/does-it-hurt-to-be-a-bone-marrow-donor"},
    {"question": "Does it Hurt to Donate Bone Marrow?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.wisdomberry.com/bone/does-it-hurt-to-donate-bone-marrow-reddit.html"},
    {"question": "What Is Bone Marrow Donation?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.wisdomberry.com/bone/does-it-hurt-to-donate-bone-marrow-reddit.html"},
    {"question": "How Is Bone Marrow Donated?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.wisdomberry.com/bone/does-it-hurt-to-donate-bone-marrow-reddit.html"},
    {"question": "Do Stem Cells in Skincare Work?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://hilarysays.com/blogs/skincare/do-stem-cells-in-skincare-work"},
    {"question": "Do Stem Cell Face Creams Really Work?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.bostonmagazine.com/health/blog/2013/01/08/stem-cell-face-creams/"},
    {"question": "What Are Stem Cells and How Are They Used?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://nationalstemcelltherapy.com/understanding-the-risks-a-comprehensive-guide-to-the-side-effects-of-stem-cell-therapy/"},
    {"question": "How long will it take to recover?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://vegastemcell.com/?p=833", "note": "patients' questions quoted by the clinic"},
    {"question": "When will I start noticing improvements?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://vegastemcell.com/?p=833", "note": "patients' questions quoted by the clinic"},
    {"question": "What is the stem cell therapy recovery time?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://happyvalleyregeneration.com/stem-cell-therapy-recovery-time"},
    {"question": "I have flu. I have no history of heart deceases. My heart rate is a bit higher as normal. Is it normal during flu, or is this a concern?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "curai/medical-question-pair-dataset:mqp.csv@e8d15fafdc30b99f4ef9552307090cb19a6489a1 (question_1 column: original user questions)"},
    {"question": "I hit my forehead against the edge of the microwave. Should i get it checked out?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "curai/medical-question-pair-dataset:mqp.csv@e8d15fafdc30b99f4ef9552307090cb19a6489a1 (question_1 column: original user questions)"},
    {"question": "I hurt my foot somehow but I don't know what is wrong with it. What do I do?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "curai/medical-question-pair-dataset:mqp.csv@e8d15fafdc30b99f4ef9552307090cb19a6489a1 (question_1 column: original user questions)"},
    {"question": "Is it necessary to get the h1n1 or h5n1 flu shot?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "curai/medical-question-pair-dataset:mqp.csv@e8d15fafdc30b99f4ef9552307090cb19a6489a1 (question_1 column: original user questions)"},
    {"question": "Is there any side effects or bad effect to the body drinking whey protein?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "curai/medical-question-pair-dataset:mqp.csv@e8d15fafdc30b99f4ef9552307090cb19a6489a1 (question_1 column: original user questions)"},
    {"question": "I've had a recurring yeast infection for years. How can I prevent them from coming back?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "curai/medical-question-pair-dataset:mqp.csv@e8d15fafdc30b99f4ef9552307090cb19a6489a1 (question_1 column: original user questions)"},
    {"question": "I woke up with eyes crusted shut. What should I do it really hurts?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "curai/medical-question-pair-dataset:mqp.csv@e8d15fafdc30b99f4ef9552307090cb19a6489a1 (question_1 column: original user questions)"},
    {"question": "Just found out mother-in-law may have tuberculosis after an x-ray. She held our 9-week old baby last week. Should we be worried?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "curai/medical-question-pair-dataset:mqp.csv@e8d15fafdc30b99f4ef9552307090cb19a6489a1 (question_1 column: original user questions)"},
    {"question": "Please suggest best antibiotics for higher wcb and crp. It is due to gall bladder surgery and removed from my daughter?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "curai/medical-question-pair-dataset:mqp.csv@e8d15fafdc30b99f4ef9552307090cb19a6489a1 (question_1 column: original user questions)"},
    {"question": "Purple fluid filled sack on scalp grew over several months, popped when squeezed. Resembled skin tag. Concerned of cancer. Nothing for doc to check?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "curai/medical-question-pair-dataset:mqp.csv@e8d15fafdc30b99f4ef9552307090cb19a6489a1 (question_1 column: original user questions)"},
    {"question": "People who have had liver transplant due to cirrhosis (latest stage), do they always develop an hepatic aneurysm?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "curai/medical-question-pair-dataset:mqp.csv@e8d15fafdc30b99f4ef9552307090cb19a6489a1 (question_1 column: original user questions)"},
    {"question": "Past couple days my eyelids are twitching. What may be the cause? Just slight spasm.", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "curai/medical-question-pair-dataset:mqp.csv@e8d15fafdc30b99f4ef9552307090cb19a6489a1 (question_1 column: original user questions)"},
    {"question": "Can a birth control called Ocella cause DVT?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "abachaa/LiveQA_MedicalTask_TREC2017:TestDataset/TREC-2017-LiveQA-Medical-Test-Questions-w-summaries.xml@e784f2d28b6a174e9a8d9f740876bdaccbd705af (Original-Question MESSAGE, consumer questions to NLM)"},
    {"question": "Does Anesthesia given during a operation severely hurt, or damage a brain for FXTAS patient?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "abachaa/LiveQA_MedicalTask_TREC2017:TestDataset/TREC-2017-LiveQA-Medical-Test-Questions-w-summaries.xml@e784f2d28b6a174e9a8d9f740876bdaccbd705af (Original-Question MESSAGE, consumer questions to NLM)"},
    {"question": "How much glucose is in my GlucaGen HypoKit ?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "abachaa/LiveQA_MedicalTask_TREC2017:TestDataset/TREC-2017-LiveQA-Medical-Test-Questions-w-summaries.xml@e784f2d28b6a174e9a8d9f740876bdaccbd705af (Original-Question MESSAGE, consumer questions to NLM)"},
    {"question": "I have an infection in gums...dentist prescribed Cephalexin 500mg...Is this ok to take even though I am ALLERGIC TO PENICILLAN?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "abachaa/LiveQA_MedicalTask_TREC2017:TestDataset/TREC-2017-LiveQA-Medical-Test-Questions-w-summaries.xml@e784f2d28b6a174e9a8d9f740876bdaccbd705af (Original-Question MESSAGE, consumer questions to NLM)"},
    {"question": "can arrhythmia occurs after ablation? What is the success rate of Ablation?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "abachaa/LiveQA_MedicalTask_TREC2017:TestDataset/TREC-2017-LiveQA-Medical-Test-Questions-w-summaries.xml@e784f2d28b6a174e9a8d9f740876bdaccbd705af (Original-Question MESSAGE, consumer questions to NLM)"},
    {"question": "Can Low dose naltrexone be used for treatment of severe depression?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "abachaa/LiveQA_MedicalTask_TREC2017:TestDataset/TREC-2017-LiveQA-Medical-Test-Questions-w-summaries.xml@e784f2d28b6a174e9a8d9f740876bdaccbd705af (Original-Question MESSAGE, consumer questions to NLM)"},
    {"question": "could you please tell me what a bundle blockage is. what are the symptoms. what is usually done for this? Thank you", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "abachaa/LiveQA_MedicalTask_TREC2017:TestDataset/TREC-2017-LiveQA-Medical-Test-Questions-w-summaries.xml@e784f2d28b6a174e9a8d9f740876bdaccbd705af (Original-Question MESSAGE, consumer questions to NLM)"},
    {"question": "Why does my arm hurt the day after I get my flu shot?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.fayadigital.com/uncategorized/why-does-my-arm-hurt-the-day-after-i-get-my-flu-shot/"},
    {"question": "And why does it go in your arm instead of your butt?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.fayadigital.com/uncategorized/why-does-my-arm-hurt-the-day-after-i-get-my-flu-shot/"},
    {"question": "Why Do You Have Arm Pain After a Flu Shot?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=6606168cd7ba4a2bbaef7a76c8d9523b&url=https%3A%2F%2Fwww.health.com%2Fcondition%2Fflu%2Fwhy-does-arm-hurt-after-flu-shot&c=18033992358095385239&mkt=en-us", "note": "health.com article via bing news redirect"},
    {"question": "Why Does My Arm Hurt After I Get a Shot?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.healthandme.com/health-wellness/does-your-arm-hurt-after-getting-the-flu-shot-heres-whats-normal-article-153071120"},
    {"question": "Pain After a Flu Shot: What’s Normal?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.healthandme.com/health-wellness/does-your-arm-hurt-after-getting-the-flu-shot-heres-whats-normal-article-153071120"},
    {"question": "What Is Not Normal After Getting a Flu Shot?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.healthandme.com/health-wellness/does-your-arm-hurt-after-getting-the-flu-shot-heres-whats-normal-article-153071120"},
    {"question": "Is it normal for a flu shot to hurt SO bad?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://thenewhartman.blogspot.com/2009/09/i-have-under-appreciated-my-left-arm.html", "note": "blogger's own question"},
    {"question": "Is the Flu Shot Safe?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.osgpc.com/arm-pain-after-flu-shot/"},
    {"question": "Why Does My Arm Hurt After a Flu Shot?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.osgpc.com/arm-pain-after-flu-shot/"},
    {"question": "What causes low-grade fever?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.healthgrades.com/right-care/infections-and-contagious-diseases/low-grade-fever--causes"},
    {"question": "What are the causes of low-grade fever?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.droracle.ai/articles/615770/what-are-the-causes-of-low-grade-fever"},
    {"question": "What causes chills without a fever?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://hickeysolution.com/chills-and-fever/"},
    {"question": "What causes blood clots on long-haul flights?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://3quarksdaily.com/3quarksdaily/2006/05/what_causes_blo.html"},
    {"question": "What causes blood clots?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.travelandleisure.com/trip-ideas/yoga-wellness/how-to-avoid-blood-clots"},
    {"question": "How dangerous is Lipoma cancer?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.reference.com/health/dangerous-lipoma-cancer-9947d506cacf21f9"},
    {"question": "Can a lipoma become cancerous?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.vaginalsurgery.in/2020/10/12/home-remedies-to-get-rid-of-lipoma/"},
    {"question": "Can Lipoma Be Cancerous?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.epainassist.com/cancer/can-lipoma-be-cancerous"},
    {"question": "What Causes Lipoma?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.epainassist.com/cancer/can-lipoma-be-cancerous"},
    {"question": "Can lipomis be cancer?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.answers.com/Q/Can_lipomis_be_cancer"},
    {"question": "Do lipomas change shape?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.joewongcomedy.com/academic-papers-tips/do-lipomas-change-shape/"},
    {"question": "Do lipomas ever turn cancerous?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.joewongcomedy.com/academic-papers-tips/do-lipomas-change-shape/"},
    {"question": "Why do kids get lipomas?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.joewongcomedy.com/academic-papers-tips/do-lipomas-change-shape/"},
    {"question": "Why am I getting multiple lipomas?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.joewongcomedy.com/academic-papers-tips/do-lipomas-change-shape/"},
    {"question": "Can lipoma go away?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.joewongcomedy.com/academic-papers-tips/do-lipomas-change-shape/"},
    {"question": "How can I tell when a cut is infected?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://staging.peachtreemed.com/health_articles/how-can-i-tell-when-a-cut-is-infected/"},
    {"question": "How can I Tell if a Cut is Infected?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://spiegato.com/?p=752683"},
    {"question": "What causes a cut to get infected?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.hackensackmeridianhealth.org/en/healthu/2022/08/24/spotting-infection-how-to-tell-if-a-cut-is-infected"},
    {"question": "What are the signs of an infection?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.hackensackmeridianhealth.org/en/healthu/2022/08/24/spotting-infection-how-to-tell-if-a-cut-is-infected"},
    {"question": "How Many PRP Injections Are Needed for Your Condition?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://biologyinsights.com/how-many-prp-injections-are-needed-for-your-condition"},
    {"question": "How Many PRP Injections Will I Need to See Results?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://drjohnprp.com/?p=720"},
    {"question": "Can You Have Too Many PRP Injections?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://drjohnprp.com/?p=720"},
    {"question": "How many PRP treatments are necessary, and how often should they be administered?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://beautyaesthetics.ca/how-many-prp-treatments-are-needed-a-comprehensive-guide"},
    {"question": "How Long Does a Spinal Headache Last?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.ask.com/question/how-long-does-a-spinal-headache-last"},
    {"question": "How long can a lumbar puncture/ spinal tap headache last?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.healthtap.com/user_questions/561095-how-long-can-a-lumbar-puncture-spinal-tap-headache-last", "note": "HealthTap user question"},
    {"question": "How long does a spinal headache last after epidural?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://kitchen-cabinet-hardwares.com/qa/quick-answer-how-long-does-a-spinal-headache-last.html"},
    {"question": "When should you go to the ER for a spinal headache?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://kitchen-cabinet-hardwares.com/qa/quick-answer-how-long-does-a-spinal-headache-last.html"},
    {"question": "How does caffeine help a spinal headache?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://kitchen-cabinet-hardwares.com/qa/quick-answer-how-long-does-a-spinal-headache-last.html"},
    {"question": "What helps a spinal tap headache?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://computersurgery.org/dental-prosthetics/what-helps-a-spinal-tap-headache.html"},
    {"question": "How do you treat a post dural puncture headache?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://computersurgery.org/dental-prosthetics/what-helps-a-spinal-tap-headache.html"},
    {"question": "How long does a spinal tap take?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://computersurgery.org/dental-prosthetics/what-helps-a-spinal-tap-headache.html"},
    {"question": "Will Lumbar Puncture Headache Go Away?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://abc-pizza-cooking.com/qa/quick-answer-will-lumbar-puncture-headache-go-away.html"},
    {"question": "What does a CSF leak headache feel like?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://abc-pizza-cooking.com/qa/quick-answer-will-lumbar-puncture-headache-go-away.html"},
    {"question": "Is lumbar puncture painful?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://abc-pizza-cooking.com/qa/quick-answer-will-lumbar-puncture-headache-go-away.html"},
    {"question": "Which Autoimmune Diseases Are Most Affected by Stress?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://verdantwellness.co/blogs/cortisol-balance/can-stress-cause-autoimmune-flares"},
    {"question": "Chronic Stress vs. Acute Stress: Does the Type Matter?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://verdantwellness.co/blogs/cortisol-balance/can-stress-cause-autoimmune-flares"},
    {"question": "Can stress cause autoimmune disease?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.mymee.com/blog/about-autoimmune-conditions-and-stress"},
    {"question": "Can Stress Trigger Autoimmune Flares?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.patientsmedical.com/education/stress-autoimmune-flares"},
    {"question": "What is the link between stress and autoimmune diseases?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://happiful-nextjs.vercel.app/what-is-the-link-between-stress-and-autoimmune-diseases"},
    {"question": "Does stress cause autoimmune disease?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://happiful-nextjs.vercel.app/what-is-the-link-between-stress-and-autoimmune-diseases"},
    {"question": "What Is Cortisone Injection?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://prohealthclinic.co.uk/blog/cortisone-injection-knee/"},
    {"question": "What to Expect After a Cortisone Shot in the Knee?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://biologyinsights.com/what-to-expect-after-a-cortisone-shot-in-the-knee"},
    {"question": "What Exactly Is a Cortisone Shot for the Knee?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://eatsip365.com/side-effects-of-a-cortisone-injection-in-the-knee"},
    {"question": "What Exactly Is a Cortisone Injection?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://visualfoodie.com/side-effects-of-a-knee-cortisone-injection"},
    {"question": "What Is Cortisone?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://healthfully.com/256826-knee-pain-and-cortisone-shot.html"},
    {"question": "WHAT ARE YOUR CREDENTIALS AND ARE YOU LICENSED/CERTIFIED?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.dermovia.com/blogs/news/5-questions-to-ask-your-dermatologist-or-esthetician-before-a-cosmetic-procedure"},
    {"question": "How many times has the specialist performed the procedure?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://cosmeticcareconcierge.com/blog/files/questions-to-ask-before-a-cosmetic-procedure.html"},
    {"question": "What results can I expect?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://cosmeticcareconcierge.com/blog/files/questions-to-ask-before-a-cosmetic-procedure.html"},
    {"question": "What Are My Specific Skin Concerns and Goals?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://careforhealthylife.com/questions-to-ask-before-getting-cosmetic-dermatology-treatments"},
    {"question": "Am I a Good Candidate for This Treatment?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://careforhealthylife.com/questions-to-ask-before-getting-cosmetic-dermatology-treatments"},
    {"question": "What Results Can I Realistically Expect?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://careforhealthylife.com/questions-to-ask-before-getting-cosmetic-dermatology-treatments"},
    {"question": "What Are the Risks and Side Effects?", "label": "ANSWERABLE", "expected_sections": ["C", "L"], "source": "https://careforhealthylife.com/questions-to-ask-before-getting-cosmetic-dermatology-treatments", "unsure": True, "note": "context-free; source is about cosmetic dermatology, but asked of this bot it reads as stem cell therapy risks"},
    {"question": "How to get rid of hiccups?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.qunb.com/how-to-get-rid-of-hiccups/"},
    {"question": "What causes hiccups?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.healthynrich.com/what-causes-hiccups-how-can-you-get-rid-of-hiccups-fast/"},
    {"question": "How can you get rid of hiccups fast?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.healthynrich.com/what-causes-hiccups-how-can-you-get-rid-of-hiccups-fast/"},
    {"question": "How do you get rid of hiccups?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.strangequestions.com/question/173/How-do-you-get-rid-of-hiccups.html"},
    {"question": "I keep getting hiccups and I just want them to stop. What can I do to stop them?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.strangequestions.com/question/173/How-do-you-get-rid-of-hiccups.html"},
    {"question": "How to stop hiccups?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://qa.healthtopquestions.com/43480/how-to-stop-hiccups"},
    {"question": "What is Stem Cell Therapy for Dogs and Cats?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.ctvsh.com/services/dogs/stem-cell-therapy-for-dogs/tag"},
    {"question": "How do I know if my dog is suitable for stem cell therapy?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://vetirving.co.uk/pet-factsheets/?factsheets-types=Y2FuaXM%3D&nodeguid=80025"},
    {"question": "How effective is stem cell therapy?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://vetirving.co.uk/pet-factsheets/?factsheets-types=Y2FuaXM%3D&nodeguid=80025"},
    {"question": "What does the procedure involve?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://vetirving.co.uk/pet-factsheets/?factsheets-types=Y2FuaXM%3D&nodeguid=80025"},
    {"question": "Our 10-year-old dog has been lame, and medications aren’t helping much. Our veterinarian took x-rays, diagnosed arthritis and recommended stem cell therapy. What can you tell us about this treatment?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://figopetinsurance.com/blog/new-stem-cell-therapies-dogs", "note": "reader question to a vet column"},
    {"question": "Am I eligible for HSCT?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.mssociety.org.uk/about-ms/treatments-and-therapies/disease-modifying-therapies/hsct/hsct--what-to-expect"},
    {"question": "What are the benefits of HSCT?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.mssociety.org.uk/about-ms/treatments-and-therapies/disease-modifying-therapies/hsct/hsct--what-to-expect"},
    {"question": "What happens during HSCT?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.mssociety.org.uk/about-ms/treatments-and-therapies/disease-modifying-therapies/hsct/hsct--what-to-expect"},
    {"question": "Do I qualify to get HSCT?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.mssociety.org.uk/about-ms/treatments-and-therapies/disease-modifying-therapies/hsct/hsct--what-to-expect"},
    {"question": "What are the risks of HSCT?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.mssociety.org.uk/about-ms/treatments-and-therapies/disease-modifying-therapies/hsct/hsct--what-to-expect", "unsure": True, "note": "HSCT (chemo + transplant) risks; article covers MSC therapy, overlaps only on infection/cancer/autoimmune"},
    {"question": "What is HSCT?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.ms-uk.org/blog-what-hsct"},
    {"question": "What happens in HSCT treatment?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.ms-uk.org/blog-what-hsct"},
    {"question": "Who is eligible?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.ms-uk.org/blog-what-hsct"},
    {"question": "How does HSCT for MS work?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://pages.shift.ms/learn-about-ms/ms-treatment/hsct-treatment-for-ms"},
    {"question": "Do I really need vaccines?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://co.chambers.tx.us/FAQ.aspx?QID=160"},
    {"question": "What vaccines do I need?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.inquirer.com/philly/blogs/healthcare/Vaccines-Not-just-for-children-adults-need-them-too.html"},
    {"question": "Why are vaccines important?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.cvs.com/learn/health/vaccines-immunizations/vaccines-for-adults"},
    {"question": "What vaccines do adults need?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://newsnetwork.mayoclinic.org/discussion/vaccines-for-adults-which-do-you-need/"},
    {"question": "What factors might affect my vaccine recommendations?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://newsnetwork.mayoclinic.org/discussion/vaccines-for-adults-which-do-you-need/"},
    {"question": "Can a Benign Tumor Become Cancerous?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://answers.reference.com/Wellness/Conditions/can_a_benign_tumor_become_cancerous"},
    {"question": "What Is a Benign Tumor?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://vispdocs.com/can-benign-tumors-become-cancerous/"},
    {"question": "What is Wharton’s Jelly?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://biointegrate.com/faq-items/what-is-whartons-jelly/", "unsure": True, "note": "FAQ item title from slug; article names Wharton's Jelly as a cell source but does not explain it"},
    {"question": "Can cranberries prevent urinary tract infections?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "AVakiliT/Answering-Consumer-Health-Questions-on-the-Web:data/topics_fixed_extended.tsv.txt@34b03665b0a70aa2a8a4f370b3b5cddfaf985e6b (TREC Health Misinformation topic descriptions)"},
    {"question": "Can acupuncture be a solution to insomnia?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "AVakiliT/Answering-Consumer-Health-Questions-on-the-Web:data/topics_fixed_extended.tsv.txt@34b03665b0a70aa2a8a4f370b3b5cddfaf985e6b (TREC Health Misinformation topic descriptions)"},
    {"question": "Can honey be used to heal wounds?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "AVakiliT/Answering-Consumer-Health-Questions-on-the-Web:data/topics_fixed_extended.tsv.txt@34b03665b0a70aa2a8a4f370b3b5cddfaf985e6b (TREC Health Misinformation topic descriptions)"},
    {"question": "Is amygdalin or laetrile an effective cancer treatment?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "AVakiliT/Answering-Consumer-Health-Questions-on-the-Web:data/topics_fixed_extended.tsv.txt@34b03665b0a70aa2a8a4f370b3b5cddfaf985e6b (TREC Health Misinformation topic descriptions)"},
    {"question": "Can melatonin be used to reduce jet lag?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "AVakiliT/Answering-Consumer-Health-Questions-on-the-Web:data/topics_fixed_extended.tsv.txt@34b03665b0a70aa2a8a4f370b3b5cddfaf985e6b (TREC Health Misinformation topic descriptions)"},
    {"question": "Can ear drops remove ear wax?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "AVakiliT/Answering-Consumer-Health-Questions-on-the-Web:data/topics_fixed_extended.tsv.txt@34b03665b0a70aa2a8a4f370b3b5cddfaf985e6b (TREC Health Misinformation topic descriptions)"},
    {"question": "Can gene therapy prevent complications caused by sickle cell disease?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "AVakiliT/Answering-Consumer-Health-Questions-on-the-Web:data/topics_fixed_extended.tsv.txt@34b03665b0a70aa2a8a4f370b3b5cddfaf985e6b (TREC Health Misinformation topic descriptions)"},
    {"question": "Can exercises relieve lower back pain?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "AVakiliT/Answering-Consumer-Health-Questions-on-the-Web:data/topics_fixed_extended.tsv.txt@34b03665b0a70aa2a8a4f370b3b5cddfaf985e6b (TREC Health Misinformation topic descriptions)"},
    {"question": "Can vaccines prevent the common cold?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "AVakiliT/Answering-Consumer-Health-Questions-on-the-Web:data/topics_fixed_extended.tsv.txt@34b03665b0a70aa2a8a4f370b3b5cddfaf985e6b (TREC Health Misinformation topic descriptions)"},
    {"question": "Can you apply aloe vera to treat wounds?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "AVakiliT/Answering-Consumer-Health-Questions-on-the-Web:data/topics_fixed_extended.tsv.txt@34b03665b0a70aa2a8a4f370b3b5cddfaf985e6b (TREC Health Misinformation topic descriptions)"},
    {"question": "Can ginkgo biloba treat tinnitus?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "AVakiliT/Answering-Consumer-Health-Questions-on-the-Web:data/topics_fixed_extended.tsv.txt@34b03665b0a70aa2a8a4f370b3b5cddfaf985e6b (TREC Health Misinformation topic descriptions)"},
    {"question": "Does hypnotherapy help people quit smoking?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "AVakiliT/Answering-Consumer-Health-Questions-on-the-Web:data/topics_fixed_extended.tsv.txt@34b03665b0a70aa2a8a4f370b3b5cddfaf985e6b (TREC Health Misinformation topic descriptions)"},
    {"question": "Can steroids be used as a treatment for spinal cord injury?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "AVakiliT/Answering-Consumer-Health-Questions-on-the-Web:data/topics_fixed_extended.tsv.txt@34b03665b0a70aa2a8a4f370b3b5cddfaf985e6b (TREC Health Misinformation topic descriptions)"},
    {"question": "Can magnesium prevent muscle cramps?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "AVakiliT/Answering-Consumer-Health-Questions-on-the-Web:data/topics_fixed_extended.tsv.txt@34b03665b0a70aa2a8a4f370b3b5cddfaf985e6b (TREC Health Misinformation topic descriptions)"},
    {"question": "How long does a hair transplant procedure take?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 56897811790 (hair clinic site, HAIR_FAQS)"},
    {"question": "When will I see hair regrowth after treatment?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 56897811790 (hair clinic site, HAIR_FAQS)"},
    {"question": "Is PRP painful?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 56897811790 (hair clinic site, HAIR_FAQS)"},
    {"question": "How many Mesotherapy sessions are needed?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 56897811790 (hair clinic site, HAIR_FAQS)"},
    {"question": "Are hair transplant results permanent?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 56897811790 (hair clinic site, HAIR_FAQS)"},
    {"question": "What treatments do you offer?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 56721599968 (Hosur dermatology clinic FAQ array)"},
    {"question": "How many sessions are needed?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 56721599968 (Hosur dermatology clinic FAQ array)"},
    {"question": "Does PRP actually work for hair loss?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 70221637367 (hair-loss PRP page, FAQPage JSON-LD)"},
    {"question": "How many PRP sessions will I need?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 70221637367 (hair-loss PRP page, FAQPage JSON-LD)"},
    {"question": "How many PRP sessions do I need?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 57480575324 (UK hair-loss guide FAQ array)"},
    {"question": "How much does PRP cost in the UK?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 57480575324 (UK hair-loss guide FAQ array)"},
    {"question": "Can I exercise after PRP?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 32056352618 (PRP clinic page spec, FAQ section list)"},
    {"question": "Is PRP covered by insurance?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 32056352618 (PRP clinic page spec, FAQ section list)"},
    {"question": "How is PRP different from stem cells?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 32056352618 (PRP clinic page spec, FAQ section list)"},
    {"question": "Can I combine with other treatments?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 32056352618 (PRP clinic page spec, FAQ section list)"},
    {"question": "Is PRP safe?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 56773984783 (Kami Aesthetics services data, PRP faqs)"},
    {"question": "What is PRP used for at Kami Aesthetics?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 56773984783 (Kami Aesthetics services data, PRP faqs)"},
    {"question": "Does PRP really work?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 54270119087 (aesthetic clinic services data, PRP hair faqs)"},
    {"question": "Can PRP be combined with a hair transplant?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 54270119087 (aesthetic clinic services data, PRP hair faqs)"},
    {"question": "Can I combine PRP with Shockwave?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 51768046994 (men's clinic services data, PRP faq)"},
    {"question": "How Much Does Cord Blood Banking Cost?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.benzinga.com/money/cord-blood-banking-costs"},
    {"question": "How Expensive Is Cord Blood Banking?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://biologyinsights.com/how-expensive-is-cord-blood-banking"},
    {"question": "Can You Feel a Blood Clot?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://share.upmc.com/2015/03/what-do-blood-clots-feel-like/?source=gallery-module"},
    {"question": "What are the first signs of a blood clot?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://share.upmc.com/2015/03/what-do-blood-clots-feel-like/?source=gallery-module"},
    {"question": "Does blood clot pain come and go?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://share.upmc.com/2015/03/what-do-blood-clots-feel-like/?source=gallery-module"},
    {"question": "How Does Deep Vein Thrombosis (DVT) Feel?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://share.upmc.com/2015/03/what-do-blood-clots-feel-like/?source=gallery-module"},
    {"question": "How do I change a tire?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.sherwoodford.ca/clp-how-do-i-change-a-tire"},
    {"question": "Does stem cell therapy actually work?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 62972357295 (regenerative clinic SEO plan, blog cluster titles)"},
    {"question": "How could the stem cells not be given a chance to work?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.caringmedical.com/prolotherapy-news/turning-knee-degenerative-disease-environment-regenerative-healing-environment/"},
    {"question": "What Are Some Symptoms of Nerve Damage to the Shoulder and Upper Arm?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.reference.com/world-view/symptoms-nerve-damage-shoulder-upper-arm-db93370e0333d7ed"},
    {"question": "How should I manage heaviness in my upper arm following an iatrogenic needle injury?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.droracle.ai/articles/774408/how-should-i-manage-heaviness-in-my-upper-arm"},
    {"question": "What is the standard of medical treatment in Mexico?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://chapalamed.com/natural-concerns/"},
    {"question": "Are the clinics clean? What are the facilities like?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://chapalamed.com/natural-concerns/"},
    {"question": "Will I be able to understand what the medical staff is telling me?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://chapalamed.com/natural-concerns/"},
    {"question": "Is it safe to get surgery in Mexico?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://welly.it.com/is-it-safe-to-get-surgery-in-mexico"},
    {"question": "What kinds of certification and accreditation does the facility have?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.bajaonlinerealty.com/blogs/bajaonlinerealty/archive/2011/09/26/questions-medical-tourists-to-mexico-need-to-ask.aspx"},
    {"question": "Who are the doctors who would be treating you and what training have they had?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.bajaonlinerealty.com/blogs/bajaonlinerealty/archive/2011/09/26/questions-medical-tourists-to-mexico-need-to-ask.aspx"},
    {"question": "How often has the surgical team performed the procedure you are seeking?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.bajaonlinerealty.com/blogs/bajaonlinerealty/archive/2011/09/26/questions-medical-tourists-to-mexico-need-to-ask.aspx"},
    {"question": "What is their success rate with that procedure?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.bajaonlinerealty.com/blogs/bajaonlinerealty/archive/2011/09/26/questions-medical-tourists-to-mexico-need-to-ask.aspx"},
    {"question": "Are the doctors board-certified in the specialty you require?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.bajaonlinerealty.com/blogs/bajaonlinerealty/archive/2011/09/26/questions-medical-tourists-to-mexico-need-to-ask.aspx"},
    {"question": "is going to Mexico for surgery safe?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://angellifescience.in/is-going-to-mexico-for-surgery-safe-what-you-need-to-know-before-you-go", "note": "first: sentence 'But here’s the real question: is going ...'; lead-in dropped"},
    {"question": "What Makes Mexico a Popular Destination for Surgery?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://angellifescience.in/is-going-to-mexico-for-surgery-safe-what-you-need-to-know-before-you-go", "note": "first: sentence 'But here’s the real question: is going ...'; lead-in dropped"},
    {"question": "Is lymphadenopathy common after vaccination?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://doctorqna.com/en/article/171314"},
    {"question": "Does Vaccination Cause Lymph Node Swelling?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://doctorqna.com/en/article/171314"},
    {"question": "Is It Normal For Your Lymph Nodes To Swell After Getting A Vaccine?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.healthdigest.com/630376/is-it-normal-for-your-lymph-nodes-to-swell-after-getting-a-vaccine/"},
    {"question": "How long until I can walk again?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.oliverkhoo.com.au/blog/knee-surgery-recovery-walking-time"},
    {"question": "How long does the recovery for a knee replacement last?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.qunomedical.com/en/faq/orthopedics/how-long-does-the-recovery-for-a-knee-replacement-last/"},
    {"question": "What Is a Knee Replacement?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://louisvillehipandkneeinstitute.com/how-far-should-i-be-walking-after-knee-replacement/"},
    {"question": "Why Would I Need a Knee Replacement?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://louisvillehipandkneeinstitute.com/how-far-should-i-be-walking-after-knee-replacement/"},
    {"question": "How are epithelial tissues joined together?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "tjurczyk/WikiQA:WikiQA_data/validate.cnlp@745dd67f0e59298cbd7976bd89df8d9b66043b0c (WikiQA Bing queries, reassembled from CoNLL tokens)"},
    {"question": "how big is bmc software in houston, tx", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "tjurczyk/WikiQA:WikiQA_data/validate.cnlp@745dd67f0e59298cbd7976bd89df8d9b66043b0c (WikiQA Bing queries, reassembled from CoNLL tokens)"},
    {"question": "how long was i love lucy on the air", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "tjurczyk/WikiQA:WikiQA_data/validate.cnlp@745dd67f0e59298cbd7976bd89df8d9b66043b0c (WikiQA Bing queries, reassembled from CoNLL tokens)"},
    {"question": "A Cure for Infantile Cerebral Palsy?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://blogs.webmd.com/healthy-children/2008/11/a-cure-for-infantile-cerebral-palsy.html"},
    {"question": "Could cord blood stem cell injections actually improve a previously ‘incurable’ condition like cerebral palsy?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://blogs.webmd.com/healthy-children/2008/11/a-cure-for-infantile-cerebral-palsy.html"},
    {"question": "Shouldn’t these tales seal the deal and mandate, if you can afford it, that you privately bank your baby’s cord blood for a rainy day?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://blogs.webmd.com/healthy-children/2008/11/a-cure-for-infantile-cerebral-palsy.html"},
    {"question": "Whether my child will able to live a normal life? Can I ever see him walking?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.advancells.com/the-cerebral-palsy-kid/", "note": "parent's question quoted in a letter to the clinic"},
    {"question": "Not knowing that much about CP, would Michael have had to have had some kind of treatment or therapy to start walking?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://stemcellpioneers.com/threads/6-year-old-boy-with-cp.5780/", "note": "forum post"},
    {"question": "How Old Do I Need to Be to Register and Donate?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://lamekia.wixsite.com/shrinkthegap/frequently-asked-questions"},
    {"question": "Can I Still Register and Donate if I am not a U.S Citizen?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://lamekia.wixsite.com/shrinkthegap/frequently-asked-questions"},
    {"question": "How Long Does it Take to Register?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://lamekia.wixsite.com/shrinkthegap/frequently-asked-questions"},
    {"question": "How do I use my Cheek Swab Kit?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://lamekia.wixsite.com/shrinkthegap/frequently-asked-questions"},
    {"question": "What Happens to My Cheek Swab Sample?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://lamekia.wixsite.com/shrinkthegap/frequently-asked-questions"},
    {"question": "How Long Does it Take to Donate?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://lamekia.wixsite.com/shrinkthegap/frequently-asked-questions"},
    {"question": "How Long Does it Take to Match a Patient to a Donor?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://lamekia.wixsite.com/shrinkthegap/frequently-asked-questions"},
    {"question": "What is needed to join the registry?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.bonemarrowconnection.org/registration-donor-basics"},
    {"question": "What does Be The Match do with my swabs?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.bonemarrowconnection.org/registration-donor-basics"},
    {"question": "How are patients and donors matched?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.bonemarrowconnection.org/registration-donor-basics"},
    {"question": "Where Do I Register?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.aadp.org/learn/how-to-register/"},
    {"question": "What if I’m not sure how to answer a health question?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://join.bethematch.org/start/faq"},
    {"question": "How will you use my personal information?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://join.bethematch.org/start/faq"},
    {"question": "How long until I am listed on the registry?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://join.bethematch.org/start/faq"},
    {"question": "If I am between the ages of 45 and 60, why is there a cost to join?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://join.bethematch.org/start/faq"},
    {"question": "What does my payment cover?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://join.bethematch.org/start/faq"},
    {"question": "What is a bone marrow transplant?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://laxteams.net/match4kim/page.html?page=2351"},
    {"question": "How do I become a bone marrow donor?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://laxteams.net/match4kim/page.html?page=2351"},
    {"question": "How do I use the registration kit to collect a cheek cell sample?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://laxteams.net/match4kim/page.html?page=2351"},
    {"question": "What is my commitment if I join?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://gencure.org/cellular-therapy/be-match-faq"},
    {"question": "I think I may have already joined. How can I verify that I am on the registry?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://gencure.org/cellular-therapy/be-match-faq"},
    {"question": "What is anaphylaxis?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://wikipedy.org/glossary/anaphylaxis"},
    {"question": "Embryonic stem cells for severe heart failure: why and how?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://triplydb.com/awgldk/wikidata/browser?resource=http%3A%2F%2Fwww.wikidata.org%2Fentity%2FQ37992937", "note": "article title"},
    {"question": "Myoblast transplantation for heart failure: where are we heading?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://cris.unibo.it/handle/11585/49901", "note": "article title"},
    {"question": "Stem cell therapy for heart failure: Medical breakthrough, or dead end?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://m.fx361.cc/news/2021/0428/12343454.html", "note": "article title"},
    {"question": "What are the potential benefits and risks of using stem cells in medicine?", "label": "ANSWERABLE", "expected_sections": ["C", "L", "F"], "source": "GitHub file, index id 69780087653 (GCSE biology spec question bank JSON, code 2.9)", "unsure": True, "note": "curriculum question; risks covered, benefits only touched in Final Thoughts"},
    {"question": "Describe the potential benefits and risks of stem cell therapy in modern medicine.", "label": "ANSWERABLE", "expected_sections": ["C", "L", "F"], "source": "GitHub file, index id 32670800996 (biotechnology study page, practice questions)", "unsure": True, "note": "exam prompt, imperative not a question; benefits only touched in Final Thoughts"},
    {"question": "What are the potential benefits and risks of stem cell research?.", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 29877814535 (list of research-topic questions)", "unsure": True, "note": "research, not therapy; verbatim including '?.'"},
    {"question": "What is hurricane season in Cancun ?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://miceteeth.net/hurricane-season-in-cancun-when-is-it/"},
    {"question": "What are the best months to visit Cancun?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://miceteeth.net/hurricane-season-in-cancun-when-is-it/"},
    {"question": "Why visit Cancún during the wet season?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.nickeyspostcards.com/when-is-the-hurricane-season-in-cancun/"},
    {"question": "When to visit Cancún?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.nickeyspostcards.com/when-is-the-hurricane-season-in-cancun/"},
    {"question": "When is the best time to travel to Cancun?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.cittaslowcowichan.org/when-is-the-best-time-to-travel-to-cancun/"},
    {"question": "What is the best season to visit Cancun ?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.dougcoombsmemorialfund.com/what-is-the-best-season-to-visit-cancun/"},
    {"question": "How often should I replace my toothbrush?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://en.qoach.org/how-often-should-i-replace-my-toothbrush/"},
    {"question": "How often should I change my toothbrush?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://westsideladentist.com/2010/08/how-often-should-i-change-my-toothbrush/"},
    {"question": "How often should you change your toothbrush?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://acharyadental.com/blog/when-to-replace-your-toothbrush/"},
    {"question": "What to do if you forgot router password?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.home-network-help.com/forgot-router-password.html"},
    {"question": "Forgot router password and failed to log on to router’s configuration page?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.home-network-help.com/forgot-router-password.html"},
    {"question": "Is there any way to get back into your access point/router then?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.dummies.com/programming/networking/wireless-network-troubleshooting-router-password-reset/"},
]

def main():
    heads = article_headings()
    headset = set(heads)
    # 1. expand codes, check headings
    cands = []
    for c in CANDIDATES:
        secs = [CODES.get(s, s) for s in c["expected_sections"]]
        for s in secs:
            assert s in headset, f"not a heading of the article: {s!r} ({c['question'][:50]})"
        assert c["label"] in ("ANSWERABLE", "OUT_OF_SCOPE"), c
        assert (c["label"] == "ANSWERABLE") == bool(secs), f"label/sections mismatch: {c['question'][:60]}"
        d = {"question": c["question"], "label": c["label"], "expected_sections": secs, "source": c["source"]}
        if c.get("unsure"): d["unsure"] = True
        cands.append(d)

    # 2. dedupe against references
    ref = Index(); nfiles = 0; nref = 0
    files = sorted({f for g in REF_GLOBS for f in glob.glob(g) if "/real_questions11/" not in f})  # (not this set)
    for f in files:
        nfiles += 1
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line: continue
                try: d = json.loads(line)
                except Exception: continue
                if isinstance(d, dict) and isinstance(d.get("question"), str):
                    ref.add(d["question"]); nref += 1
    kept, drop_ref, drop_self = [], Counter(), Counter()
    own = Index()
    for d in cands:
        r = ref.check(d["question"])
        if r: drop_ref[r] += 1; continue
        r = own.check(d["question"])
        if r: drop_self[r] += 1; continue
        own.add(d["question"]); kept.append(d)

    # 3. per-source cap
    per_src = Counter(source_key(d["source"]) for d in kept)
    over = {k: v for k, v in per_src.items() if v > MAX_PER_SOURCE}
    assert not over, f"sources over {MAX_PER_SOURCE}: {over}"

    # 4. split once, stratified by label
    rng = random.Random(11)
    by_label = defaultdict(list)
    for d in kept: by_label[d["label"]].append(d)
    tuning, heldout = [], []
    for label in sorted(by_label):
        items = list(by_label[label])
        rng.shuffle(items)
        k = math.ceil(len(items) / 2)
        tuning += items[:k]; heldout += items[k:]

    # 5. validate and write
    allowed = {"question", "label", "expected_sections", "source", "unsure"}
    for d in kept:
        assert set(d) <= allowed and {"question", "label", "expected_sections", "source"} <= set(d), d
        assert isinstance(d["question"], str) and d["question"].strip()
        assert isinstance(d["expected_sections"], list)
        assert isinstance(d["source"], str) and d["source"].strip()
        if "unsure" in d: assert d["unsure"] is True
        if d["label"] == "OUT_OF_SCOPE": assert d["expected_sections"] == []
        else: assert d["expected_sections"] and all(s in headset for s in d["expected_sections"])
    assert len(tuning) + len(heldout) == len(kept)
    for name, rows in (("all.jsonl", kept), ("tuning.jsonl", tuning), ("heldout.jsonl", heldout)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as out:
            for d in rows: out.write(json.dumps(d, ensure_ascii=False) + "\n")
        # re-read check
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            assert sum(1 for _ in fh) == len(rows)

    lab = lambda rows: dict(sorted(Counter(d["label"] for d in rows).items()))
    print(f"reference files: {nfiles}, reference questions: {nref}")
    print(f"candidates: {len(cands)}; dropped vs references: {sum(drop_ref.values())} {dict(drop_ref)}; "
          f"dropped within set: {sum(drop_self.values())} {dict(drop_self)}; kept: {len(kept)}")
    print("all:", len(kept), lab(kept), "unsure:", sum(1 for d in kept if d.get("unsure")))
    print("tuning:", len(tuning), lab(tuning))
    print("heldout:", len(heldout), lab(heldout))
    print("distinct sources:", len(per_src))
    for k, v in per_src.most_common():
        a = sum(1 for d in kept if source_key(d["source"]) == k and d["label"] == "ANSWERABLE")
        print(f"  {v:3d} (A {a}) {k}")

if __name__ == "__main__":
    main()
