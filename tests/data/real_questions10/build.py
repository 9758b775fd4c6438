#!/usr/bin/env python3
"""Build the rq10 outside test set for knowledge/stem-cell-therapy-side-effects.md.

Holds every candidate (CANDIDATES below), checks each expected section against the
article's headings, dedupes against the reference question files and within the set,
splits ONCE with random.Random(10) (stratified by label; each label shuffled; first
ceil(n/2) -> tuning.jsonl, rest -> heldout.jsonl), writes all/tuning/heldout.jsonl and
validates the fields. Run from anywhere: python3 tests/data/real_questions10/build.py
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
    {"question": "Can stem cell produce cancer after its therapeutic introduction in body?", "label": "ANSWERABLE", "expected_sections": ["4. Tumor Formation and Uncontrolled Cell Growth"], "source": "http://hubpages.com/health/answer/111956/can-stem-cell-produce-cancer-after-its-therapeutic-introduction-in-body"},
    {"question": "May Adult stem cells increase tumor risk?", "label": "ANSWERABLE", "expected_sections": ["4. Tumor Formation and Uncontrolled Cell Growth"], "source": "http://www.cells4health.com/stem-cell-therapy/no-tumor-risk/"},
    {"question": "Do Stem Cells Cause Tumors?", "label": "ANSWERABLE", "expected_sections": ["4. Tumor Formation and Uncontrolled Cell Growth"], "source": "https://alttreatment.io/2024/10/18/do-stem-cells-cause-tumors/"},
    {"question": "Can Embryonic Stem Cells (ESCs) Cause Tumors?", "label": "ANSWERABLE", "expected_sections": ["4. Tumor Formation and Uncontrolled Cell Growth"], "source": "https://alttreatment.io/2024/10/18/do-stem-cells-cause-tumors/"},
    {"question": "Can Stem Cell Transplants Cause Cancer?", "label": "ANSWERABLE", "expected_sections": ["4. Tumor Formation and Uncontrolled Cell Growth"], "source": "http://www.empowher.com/cancer/content/can-stem-cell-transplants-cause-cancer?page=0,1", "unsure": True, "note": "transplant vs therapy; page is about stem cell therapy injections"},
    {"question": "Is stem cell therapy for knees a good idea?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://trans-bio-tex.com/2021/04/07/fact-checking-stem-cell-therapy-for-knees-data-costs-risks/", "unsure": True},
    {"question": "Do the STEM CELLS stay localized to the injection site? Is there any risk of them traveling throughout the body?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://stemcellorthopedicinstituteoftexas.com/faqs/do-the-stem-cells-stay-localized-to-the-injection-site-is-there-any-risk-of-them-traveling-throughout-the-body/", "unsure": True},
    {"question": "How much does knee stem cell therapy cost?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 37405677280 (stem cell cost-guide CONDITIONS faqs)"},
    {"question": "What is the success rate of stem cell therapy for knee osteoarthritis?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 37405677280 (stem cell cost-guide CONDITIONS faqs)"},
    {"question": "Is stem cell therapy for knees covered by insurance?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 37405677280 (stem cell cost-guide CONDITIONS faqs)"},
    {"question": "How much does stem cell therapy for back pain cost?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 37405677280 (stem cell cost-guide CONDITIONS faqs)"},
    {"question": "What is the success rate of stem cell therapy for disc degeneration?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 37405677280 (stem cell cost-guide CONDITIONS faqs)"},
    {"question": "How long do results last for spine stem cell treatment?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 37405677280 (stem cell cost-guide CONDITIONS faqs)"},
    {"question": "Can stem cells heal a torn rotator cuff?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 37405677280 (stem cell cost-guide CONDITIONS faqs)"},
    {"question": "Is stem cell therapy better than shoulder surgery?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 37405677280 (stem cell cost-guide CONDITIONS faqs)"},
    {"question": "Can stem cells delay or prevent hip replacement?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 37405677280 (stem cell cost-guide CONDITIONS faqs)"},
    {"question": "What is the recovery time for hip stem cell injections?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 37405677280 (stem cell cost-guide CONDITIONS faqs)"},
    {"question": "Is stem cell therapy effective for cervical disc degeneration?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 37405677280 (stem cell cost-guide CONDITIONS faqs)"},
    {"question": "Can stem cells help SI joint dysfunction?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 37405677280 (stem cell cost-guide CONDITIONS faqs)"},
    {"question": "How does SI joint stem cell therapy compare to fusion surgery?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 37405677280 (stem cell cost-guide CONDITIONS faqs)"},
    {"question": "What are the risks of cervical stem cell injections?", "label": "ANSWERABLE", "expected_sections": ["1. Pain and Swelling at the Injection Site", "2. Risk of Infection"], "source": "GitHub file, index id 37405677280 (stem cell cost-guide CONDITIONS faqs)", "unsure": True, "note": "neck injection; article covers injection-site and infection risks generally"},
    {"question": "Can PRP actually reduce arthritis pain long-term?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 53841344487 (Purety Clinic Santa Barbara arthritis page FAQS)"},
    {"question": "How many PRP sessions does arthritis require?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 53841344487 (Purety Clinic Santa Barbara arthritis page FAQS)"},
    {"question": "Does regenerative therapy work for rheumatoid arthritis?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 53841344487 (Purety Clinic Santa Barbara arthritis page FAQS)"},
    {"question": "Is arthritis treatment at Purety covered by insurance?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 53841344487 (Purety Clinic Santa Barbara arthritis page FAQS)"},
    {"question": "What are the real risks of stem cell treatments?", "label": "ANSWERABLE", "expected_sections": ["C", "L", "8"], "source": "GitHub file, index id 61922167831 (Kern Stem Care, Cancún coordination agency site, faq.items)"},
    {"question": "Can stem cells really help with my back pain?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 61922167831 (Kern Stem Care, Cancún coordination agency site, faq.items)"},
    {"question": "How many days do I need to stay in Cancún for stem cell treatment with Kern Stem Care?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 61922167831 (Kern Stem Care, Cancún coordination agency site, faq.items)"},
    {"question": "Is it safe to travel to Cancún for this?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 61922167831 (Kern Stem Care, Cancún coordination agency site, faq.items)", "unsure": True, "note": "travel safety, not treatment safety"},
    {"question": "Why is stem cell therapy legal in Mexico but not in the United States?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 61922167831 (Kern Stem Care, Cancún coordination agency site, faq.items)"},
    {"question": "How do I know where the cells I would receive come from?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 61922167831 (Kern Stem Care, Cancún coordination agency site, faq.items)", "unsure": True, "note": "Mitigating section says seek lab-tested sources but not how to verify"},
    {"question": "Is stem cell therapy in Mexico safe?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 56938509780 (VitalityScout guide 'Is Stem Cell Therapy in Mexico Safe?', FAQ_ITEMS; https://vitalityscout.com/guides/is-stem-cell-therapy-in-mexico-safe)", "unsure": True, "note": "country-specific safety; article generic"},
    {"question": "Is stem cell therapy legal in Mexico?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 56938509780 (VitalityScout guide 'Is Stem Cell Therapy in Mexico Safe?', FAQ_ITEMS; https://vitalityscout.com/guides/is-stem-cell-therapy-in-mexico-safe)"},
    {"question": "What are the real risks of stem cell therapy in Mexico?", "label": "ANSWERABLE", "expected_sections": ["C", "L", "8"], "source": "GitHub file, index id 56938509780 (VitalityScout guide 'Is Stem Cell Therapy in Mexico Safe?', FAQ_ITEMS; https://vitalityscout.com/guides/is-stem-cell-therapy-in-mexico-safe)", "unsure": True, "note": "generic risks answer it; Mexico-specific facts absent"},
    {"question": "How do I verify a Mexican stem cell clinic is COFEPRIS licensed?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 56938509780 (VitalityScout guide 'Is Stem Cell Therapy in Mexico Safe?', FAQ_ITEMS; https://vitalityscout.com/guides/is-stem-cell-therapy-in-mexico-safe)"},
    {"question": "Is stem cell therapy in Mexico FDA approved?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 56938509780 (VitalityScout guide 'Is Stem Cell Therapy in Mexico Safe?', FAQ_ITEMS; https://vitalityscout.com/guides/is-stem-cell-therapy-in-mexico-safe)"},
    {"question": "What red flags mean I should walk away from a clinic?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 56938509780 (VitalityScout guide 'Is Stem Cell Therapy in Mexico Safe?', FAQ_ITEMS; https://vitalityscout.com/guides/is-stem-cell-therapy-in-mexico-safe)", "unsure": True, "note": "article says choose reputable clinic; lists no red flags"},
    {"question": "What are the potential risks or side effects of stem cell therapies or treatments?", "label": "ANSWERABLE", "expected_sections": ["C", "L"], "source": "GitHub file, index id 25734333730 (stem cell donation site Content.jsx faq_data/fmq_data)"},
    {"question": "Are there any ethical concerns associated with stem cell research and use?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 25734333730 (stem cell donation site Content.jsx faq_data/fmq_data)"},
    {"question": "Can anyone donate their stem cells, and how does the donation process work?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 25734333730 (stem cell donation site Content.jsx faq_data/fmq_data)"},
    {"question": "What is the process of harvesting or obtaining stem cells?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 25734333730 (stem cell donation site Content.jsx faq_data/fmq_data)"},
    {"question": "What types of stem cells exist, and how do they differ?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 25734333730 (stem cell donation site Content.jsx faq_data/fmq_data)"},
    {"question": "Where do stem cells come from?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 25734333730 (stem cell donation site Content.jsx faq_data/fmq_data)"},
    {"question": "Which foods boost immunity to viruses such as covid", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Quora_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Quora questions, dataset replaced 'coronavirus' with 'covid')"},
    {"question": "Are some people naturally immune to covid", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Quora_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Quora questions, dataset replaced 'coronavirus' with 'covid')"},
    {"question": "Can covid permanently damage the lungs of an infected person", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Quora_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Quora questions, dataset replaced 'coronavirus' with 'covid')"},
    {"question": "Can a young and healthy person die from a covid infection", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Quora_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Quora questions, dataset replaced 'coronavirus' with 'covid')"},
    {"question": "For how long do people stay infected with covid", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Quora_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Quora questions, dataset replaced 'coronavirus' with 'covid')"},
    {"question": "Can plasma from covid survivors treat others", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Quora_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Quora questions, dataset replaced 'coronavirus' with 'covid')"},
    {"question": "How successful was plasma therapy against covid", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Quora_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Quora questions, dataset replaced 'coronavirus' with 'covid')"},
    {"question": "Can taking vitamin C boost your body's resistance to covid", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Quora_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Quora questions, dataset replaced 'coronavirus' with 'covid')"},
    {"question": "Can you get covid twice or does it cause immunity", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Quora_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Quora questions, dataset replaced 'coronavirus' with 'covid')"},
    {"question": "If you had SARS would you be immune to covid", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Quora_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Quora questions, dataset replaced 'coronavirus' with 'covid')"},
    {"question": "Which antibiotics can treat the novel covid", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Quora_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Quora questions, dataset replaced 'coronavirus' with 'covid')"},
    {"question": "Why is diabetes a risk factor for covid", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Quora_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Quora questions, dataset replaced 'coronavirus' with 'covid')"},
    {"question": "What is a covid recovery process", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Quora_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Quora questions, dataset replaced 'coronavirus' with 'covid')"},
    {"question": "How different is the covid from a common flu", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Quora_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Quora questions, dataset replaced 'coronavirus' with 'covid')"},
    {"question": "Does Covid 19 always accompany cough  I feel weak probably from many allergies but no cough and no fever. but some night sweat.", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Yahoo-Answers_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Yahoo Answers questions)"},
    {"question": "What is the difference between covid and allergies", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Yahoo-Answers_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Yahoo Answers questions)"},
    {"question": "Do you believe that acetaminophen could be the 'cure' for covid", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "JerryWeiAI/COVID-Q:data/TSVs/Yahoo-Answers_Dataset.tsv@04e0b27fedf07e01dacab7ea0ba884c61eda8b53 (Yahoo Answers questions)"},
    {"question": "What are the questions to ask before starting stem cell treatment?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.wideacademy.co/2017/11/what-are-the-questions-to-ask-before-starting-stem-cell-treatment/"},
    {"question": "Is this treatment a clinical trial?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.wideacademy.co/2017/11/what-are-the-questions-to-ask-before-starting-stem-cell-treatment/"},
    {"question": "Is this treatment routine for my disease or condition?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.wideacademy.co/2017/11/what-are-the-questions-to-ask-before-starting-stem-cell-treatment/"},
    {"question": "Are there alternative treatment options for my disease or condition?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.wideacademy.co/2017/11/what-are-the-questions-to-ask-before-starting-stem-cell-treatment/"},
    {"question": "What benefits can be expected from this treatment?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.wideacademy.co/2017/11/what-are-the-questions-to-ask-before-starting-stem-cell-treatment/"},
    {"question": "How long will any benefits take to become evident?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.wideacademy.co/2017/11/what-are-the-questions-to-ask-before-starting-stem-cell-treatment/"},
    {"question": "How will benefits be measured?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.wideacademy.co/2017/11/what-are-the-questions-to-ask-before-starting-stem-cell-treatment/"},
    {"question": "Will I need any other medications or special care as part of the treatment?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.wideacademy.co/2017/11/what-are-the-questions-to-ask-before-starting-stem-cell-treatment/"},
    {"question": "Could taking this treatment now affect whether I get into a clinical trial in the future?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.wideacademy.co/2017/11/what-are-the-questions-to-ask-before-starting-stem-cell-treatment/"},
    {"question": "How will the procedure be carried out?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.wideacademy.co/2017/11/what-are-the-questions-to-ask-before-starting-stem-cell-treatment/"},
    {"question": "What scientific evidence is there that this procedure will will be effective in treating my disease or condition?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.wideacademy.co/2017/11/what-are-the-questions-to-ask-before-starting-stem-cell-treatment/"},
    {"question": "How many people have been successfully treated for my condition or disease at your clinic, and how many haven’t?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.wideacademy.co/2017/11/what-are-the-questions-to-ask-before-starting-stem-cell-treatment/"},
    {"question": "Do you have any advice for people considering taking HSCT treatment now and hoping to live longer?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://shift.ms/msreporters-video/advice-people-considering-hsct-treatment"},
    {"question": "HSCT Is a Controversial MS Therapy. Would You Have It?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://multiplesclerosisnewstoday.com/blog/2016/08/11/hsct-is-controversial-as-an-ms-therapy-would-you-have-it-ive-decided/"},
    {"question": "stem cell hearing loss", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "CLEFeHealth/CLEFeHealth2018IRtask:clef2018_queries_task1_task3.txt@2617c80b87d40bbbb1bea0431c08509ae0763411 (real HON search-log queries), query id 186001"},
    {"question": "infectious disease prevention", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "CLEFeHealth/CLEFeHealth2018IRtask:clef2018_queries_task1_task3.txt@2617c80b87d40bbbb1bea0431c08509ae0763411 (real HON search-log queries), query id 155001"},
    {"question": "do allergies cause migraines", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "CLEFeHealth/CLEFeHealth2018IRtask:clef2018_queries_task1_task3.txt@2617c80b87d40bbbb1bea0431c08509ae0763411 (real HON search-log queries), query id 165001"},
    {"question": "radiation health effect", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "CLEFeHealth/CLEFeHealth2018IRtask:clef2018_queries_task1_task3.txt@2617c80b87d40bbbb1bea0431c08509ae0763411 (real HON search-log queries), query id 158001"},
    {"question": "rheumatoid arthritis prognosis", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "CLEFeHealth/CLEFeHealth2018IRtask:clef2018_queries_task1_task3.txt@2617c80b87d40bbbb1bea0431c08509ae0763411 (real HON search-log queries), query id 170001"},
    {"question": "hiv vaccine phase", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "CLEFeHealth/CLEFeHealth2018IRtask:clef2018_queries_task1_task3.txt@2617c80b87d40bbbb1bea0431c08509ae0763411 (real HON search-log queries), query id 168001"},
    {"question": "Delayed onset muscle soreness", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "CLEFeHealth/CLEFeHealth2018IRtask:clef2018_queries_task1_task3.txt@2617c80b87d40bbbb1bea0431c08509ae0763411 (real HON search-log queries), query id 182001"},
    {"question": "How does smoking cause hypertension?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "CLEFeHealth/CLEFeHealth2018IRtask:clef2018_queries_task1_task3.txt@2617c80b87d40bbbb1bea0431c08509ae0763411 (real HON search-log queries), query id 187001"},
    {"question": "health effects of ionized water therapy", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "CLEFeHealth/CLEFeHealth2018IRtask:clef2018_queries_task1_task3.txt@2617c80b87d40bbbb1bea0431c08509ae0763411 (real HON search-log queries), query id 193001"},
    {"question": "affective treatments for chronic lyme disease", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "CLEFeHealth/CLEFeHealth2018IRtask:clef2018_queries_task1_task3.txt@2617c80b87d40bbbb1bea0431c08509ae0763411 (real HON search-log queries), query id 195001"},
    {"question": "long term effects of gonhrrea", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "CLEFeHealth/CLEFeHealth2018IRtask:clef2018_queries_task1_task3.txt@2617c80b87d40bbbb1bea0431c08509ae0763411 (real HON search-log queries), query id 189001"},
    {"question": "pelvic inflammatory disease", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "CLEFeHealth/CLEFeHealth2018IRtask:clef2018_queries_task1_task3.txt@2617c80b87d40bbbb1bea0431c08509ae0763411 (real HON search-log queries), query id 176001"},
    {"question": "high protein diet and its human health effects", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "CLEFeHealth/CLEFeHealth2018IRtask:clef2018_queries_task1_task3.txt@2617c80b87d40bbbb1bea0431c08509ae0763411 (real HON search-log queries), query id 198001"},
    {"question": "feeling of fullness with hiccups with a feeling of a lump in the back of the throat", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "CLEFeHealth/CLEFeHealth2018IRtask:clef2018_queries_task1_task3.txt@2617c80b87d40bbbb1bea0431c08509ae0763411 (real HON search-log queries), query id 200001"},
    {"question": "Is Cell Therapy safe?", "label": "ANSWERABLE", "expected_sections": ["U", "C", "L"], "source": "HealloUK/cellcure:src/pages/blog/safety-of-stem-cell-therapy.md@c29b9fb8dadbb17857b35df5c42082958fae56dd (section heading)", "unsure": True, "note": "generic safety; article covers risks of stem cell therapy"},
    {"question": "How stem cell therapy works?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "HealloUK/cellcure:src/pages/blog/safety-of-stem-cell-therapy.md@c29b9fb8dadbb17857b35df5c42082958fae56dd"},
    {"question": "What is exosomes?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "HealloUK/cellcure:src/pages/blog/stem-cell-exosome-treatment.md@c29b9fb8dadbb17857b35df5c42082958fae56dd (description)"},
    {"question": "What are the most important functions of exosomes?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "HealloUK/cellcure:src/pages/blog/stem-cell-exosome-treatment.md@c29b9fb8dadbb17857b35df5c42082958fae56dd (description)"},
    {"question": "How soon will I see improvement?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "HealloUK/cellcure:src/pages/blog/stem-cell-treatment-procedure.md@c29b9fb8dadbb17857b35df5c42082958fae56dd"},
    {"question": "Where are Stem Cells obtained?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "HealloUK/cellcure:src/pages/blog/what-is-stem-cell-therapy.md@5da6d68932b49ee0fd17a4d66be4a85bd53c3e5a"},
    {"question": "What is Stem Cell and how does it work?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "HealloUK/cellcure:src/pages/blog/what-is-stem-cell-therapy.md@5da6d68932b49ee0fd17a4d66be4a85bd53c3e5a"},
    {"question": "How can I get a butt lift without surgery?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "HealloUK/cellcure:src/pages/blog/how-can-i-get-a-butt-lift-without-surgery.md@5f0d98f37e2079345db21ab2ced290b541f48b96 (post title)"},
    {"question": "Is a sore arm after a shot the same as SIRVA?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71198530231 (vaccine-injury (VICP) law site, injuries data faqs)"},
    {"question": "Which vaccines list SIRVA on the Vaccine Injury Table?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71198530231 (vaccine-injury (VICP) law site, injuries data faqs)"},
    {"question": "Does SIRVA have to last a certain amount of time to qualify?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71198530231 (vaccine-injury (VICP) law site, injuries data faqs)"},
    {"question": "What if I had shoulder problems before the vaccine?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71198530231 (vaccine-injury (VICP) law site, injuries data faqs)"},
    {"question": "Does getting GBS after a vaccine mean the vaccine caused it?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71198530231 (vaccine-injury (VICP) law site, injuries data faqs)"},
    {"question": "What if my GBS followed a COVID-19 vaccine?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71198530231 (vaccine-injury (VICP) law site, injuries data faqs)"},
    {"question": "Can a vaccine cause transverse myelitis?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71198530231 (vaccine-injury (VICP) law site, injuries data faqs)"},
    {"question": "Is transverse myelitis on the Vaccine Injury Table?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71198530231 (vaccine-injury (VICP) law site, injuries data faqs)"},
    {"question": "Is a sore arm after a vaccine normal?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71438164584 (Houston walk-in clinic services data, faqsEn)"},
    {"question": "Does the IV needle hurt?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71438164584 (Houston walk-in clinic services data, faqsEn)"},
    {"question": "Do I need a health check before an IV drip?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71438164584 (Houston walk-in clinic services data, faqsEn)"},
    {"question": "What signs mean my wound is getting infected?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71438164584 (Houston walk-in clinic services data, faqsEn)"},
    {"question": "Can I get a flu shot and a tetanus booster at the same visit?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71438164584 (Houston walk-in clinic services data, faqsEn)"},
    {"question": "I got a flu shot last year. Do I need another one?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71438164584 (Houston walk-in clinic services data, faqsEn)"},
    {"question": "Will getting stitches hurt?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71438164584 (Houston walk-in clinic services data, faqsEn)"},
    {"question": "Do I need a tetanus shot when I get stitches?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71438164584 (Houston walk-in clinic services data, faqsEn)"},
    {"question": "What if my tuberculosis screening comes back positive?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 71438164584 (Houston walk-in clinic services data, faqsEn)"},
    {"question": "I will be flying a long haul flight for the first time – over 10 hours – and have read about Deep Vein Thrombosis (DVT) occurring when you sit for that many hours. I am a little nervous and wanted to take any necessary precautions. Can you provide some advice?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.foot.com/ask-the-doctor/deep-vein-thrombosis/"},
    {"question": "Are Lumps After Shots Normal?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://welly.it.com/are-lumps-after-shots-normal-what-to-know", "note": "title cut before ' Here's What to Know'"},
    {"question": "Is it normal to have a lump after getting a shot?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://welly.it.com/is-it-normal-to-have-a-lump-after-getting-a-shot"},
    {"question": "Is It Normal to Get a Bump Under the Skin After Getting a Shot?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.reference.com/world-view/normal-bump-under-skin-after-getting-shot-3a9619b607817514"},
    {"question": "How is PRP made?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://czkealor.com/platelet-rich-plasma-prp-common-questions"},
    {"question": "What is PRP used for?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://czkealor.com/platelet-rich-plasma-prp-common-questions"},
    {"question": "Does PRP hurt?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://czkealor.com/platelet-rich-plasma-prp-common-questions"},
    {"question": "How long does a PRP treatment take?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://czkealor.com/platelet-rich-plasma-prp-common-questions"},
    {"question": "How many PRP treatments are needed?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://czkealor.com/platelet-rich-plasma-prp-common-questions"},
    {"question": "What are the side effects of PRP?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://czkealor.com/platelet-rich-plasma-prp-common-questions"},
    {"question": "How long does it take to see results from PRP?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://czkealor.com/platelet-rich-plasma-prp-common-questions"},
    {"question": "Is PRP covered by insurance?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://czkealor.com/platelet-rich-plasma-prp-common-questions"},
    {"question": "Will PRP Therapy Be Painful?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://blatmanhealthandwellness.com/is-prp-therapy-painful/"},
    {"question": "What is a PRP injection?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.thekneeclinicmanchester.com/treatments/joint-injections-prp-ha-steroids"},
    {"question": "Is stem cell therapy safe for hair loss?", "label": "ANSWERABLE", "expected_sections": ["C", "L"], "source": "GitHub file, index id 68943433982 (hair clinic stem cell hair therapy page data, faq.items)", "unsure": True, "note": "safety of a specific use; article gives generic risks only"},
    {"question": "Can Stem Cell Therapy replace a hair transplant?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 68943433982 (hair clinic stem cell hair therapy page data, faq.items)"},
    {"question": "Will I need maintenance sessions?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 68943433982 (hair clinic stem cell hair therapy page data, faq.items)"},
    {"question": "How is eligibility decided?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 68943433982 (hair clinic stem cell hair therapy page data, faq.items)"},
    {"question": "How many sessions are needed?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 45375100200 (Estenove Hair Clinic stem cell page, faqs)"},
    {"question": "Who is an ideal candidate?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 45375100200 (Estenove Hair Clinic stem cell page, faqs)"},
    {"question": "How do I know if I'm a suitable candidate?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 55746088213 (UAE stem cell clinic Django seed_demo FAQS)"},
    {"question": "How does stem cell therapy work for hair loss?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 59776841194 (Bee Choo Herbal 'Herbal Treatment vs Hair Transplant' page data, transcribed verbatim from live site), section heading"},
    {"question": "What is the process of stem cell therapy for hair loss?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 59776841194 (Bee Choo Herbal 'Herbal Treatment vs Hair Transplant' page data, transcribed verbatim from live site), section heading"},
    {"question": "Are There Any Side Effects For Stem Cells Autism?", "label": "ANSWERABLE", "expected_sections": ["C", "L"], "source": "https://wonderfulengineering.com/benefits-and-side-effects-of-stem-cell-therapy-for-autism/", "unsure": True, "note": "article's generic side effects; autism-specific data absent"},
    {"question": "How do Stem Cells Help for the Treatment of Autism?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://wonderfulengineering.com/benefits-and-side-effects-of-stem-cell-therapy-for-autism/"},
    {"question": "What Can You Expect from Stem Cell Autism Recovery?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://wonderfulengineering.com/benefits-and-side-effects-of-stem-cell-therapy-for-autism/"},
    {"question": "What is stem cell therapy in dogs and cats?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://blooranimalhospital.ca/educational-articles/?rid=6824"},
    {"question": "What conditions can be treated with stem cell therapy?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://blooranimalhospital.ca/educational-articles/?rid=6824"},
    {"question": "What is Stem Cell Therapy for Dogs and Cats?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.ctvsh.com/services/dogs/stem-cell-therapy-for-dogs/tag"},
    {"question": "But is this a valid treatment? Or it some kind of scam?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://copd.net/clinical/therapy-stem-cell/"},
    {"question": "I have been reading that stem cell treatment can repair the damage in my lungs caused by emphysema. What are your thoughts on this? I am 69 year old, and have been told that my COPD is stage 4. I use three different inhalers and oxygen at a setting of 2 when I do things, but not at rest.  I am starting to feel desperate about my breathing.", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.donaldmahler.com/stem-cell-therapy/", "note": "reader letter; salutation and sign-off dropped"},
    {"question": "I hope that you can provide an update on stem cell therapy for emphysema. I am 53 years old and have been told that I have Stage 3 COPD /emphysema. Although I quit smoking and my lung doctor has me on the “best” medications, I find that I am slowly getting worse.  I attend pulmonary rehab 2-3 times a week, and have a normal weight. I want to be around to see my granddaughter get married. Is there hope?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.donaldmahler.com/tag/stem-cell-therapy/", "note": "reader letter; salutation and sign-off dropped"},
    {"question": "are you using stem cells for COPD yet?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://caduceusblog.com/stem-cells-and-copd-what-you-need-to-know", "note": "patient question quoted by the author"},
    {"question": "What is a Stem Cell Injection for the Regeneration of the Spinal Discs?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://stemcellsindiana.com/stem-cell-disc-injections/"},
    {"question": "How much scientific evidence is there to show that stem cell therapy is sufficient in preclinical and clinical studies of spinal cord injury before it is translated into clinical practice?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://pmc.ncbi.nlm.nih.gov/articles/PMC9442938"},
    {"question": "How does stem cell therapy works?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.urologicalcare.com/stem-cell-penile-injections/"},
    {"question": "What is regenerative medicine?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://cerustar.com/en/qa-en"},
    {"question": "What are mesenchymal stem cells (MSCs)?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://cerustar.com/en/qa-en"},
    {"question": "Is this treatment covered by medical insurance?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://cerustar.com/en/qa-en"},
    {"question": "How much body fat is necessary for the process?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://cerustar.com/en/qa-en"},
    {"question": "Can I take a bath after the collection process?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://cerustar.com/en/qa-en"},
    {"question": "How are the cells administered?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://cerustar.com/en/qa-en"},
    {"question": "Is the collection process painful?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://cerustar.com/en/qa-en", "unsure": True, "note": "pain of fat harvest, not injection-site pain afterwards"},
    {"question": "Is it safe to receive cells through an IV?", "label": "ANSWERABLE", "expected_sections": ["C", "L"], "source": "https://cerustar.com/en/qa-en", "unsure": True, "note": "generic safety; IV route not discussed specifically (clots in 5)"},
    {"question": "What is regenerative medicine used for?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://23cregen.com/faq"},
    {"question": "How do I know if I am a good candidate for stem cell therapy?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://wumedicalcenter.com/article/QA/82013112455.html"},
    {"question": "When I send my records to your hospital, does a doctor read my medical information?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://wumedicalcenter.com/article/QA/82013112455.html"},
    {"question": "How long should I expect to stay in Beijing for treatment?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://wumedicalcenter.com/article/QA/82013112455.html"},
    {"question": "What types of stem cells does your hospital acquire?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://wumedicalcenter.com/article/QA/82013112455.html"},
    {"question": "What are the known sources of stem cells?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://stemcellbank.org.ua/ob-industrii-en/faqs/?lang=en"},
    {"question": "In the treatment of what diseases can stem cells be used?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://stemcellbank.org.ua/ob-industrii-en/faqs/?lang=en"},
    {"question": "Is there any experience of stem cells applicatiom in the treatment of diseases in Ukraine? If so, what conditions and where?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://stemcellbank.org.ua/ob-industrii-en/faqs/?lang=en"},
    {"question": "What benefits can I expect from the treatment?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://stemcellbangkok.com/?stem-cell-treatment-faq,47"},
    {"question": "How are the results measured?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://stemcellbangkok.com/?stem-cell-treatment-faq,47"},
    {"question": "Are products other than stem cells injected into the intrathecal space?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://stemcellbangkok.com/?stem-cell-treatment-faq,47"},
    {"question": "Are your cells differentiated into specialized cells?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://stemcellbangkok.com/?stem-cell-treatment-faq,47"},
    {"question": "Do you have approval to practice stem cell treatment?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://stemcellbangkok.com/?stem-cell-treatment-faq,47"},
    {"question": "Are you prepared for any unexpected medical situation? Who will take care of me in such cases?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://stemcellbangkok.com/?stem-cell-treatment-faq,47"},
    {"question": "Can my condition worsen after treatment?", "label": "ANSWERABLE", "expected_sections": ["6. Neurological Complications", "7. Autoimmune Reactions"], "source": "http://stemcellbangkok.com/?stem-cell-treatment-faq,47", "unsure": True, "note": "on page: intrathecal injection; article covers worsening of autoimmune conditions and intrathecal neurological effects"},
    {"question": "Stem cells – a panacea for all ills or a medical Pandora’s box?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.crc.com.ua/ukrainian-clinics-use-stem-cells-for-patient-treatment/"},
    {"question": "How can you tell if a treatment is truly safe and effective?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://us-uk.bookimed.com/article/is-stem-cell-therapy-safe", "unsure": True, "note": "Mitigating/section 8 give general advice on choosing clinics; effectiveness not covered"},
    {"question": "How and where is my therapy done?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://a1-medical-center.com/stem-cell-treatment-procedure/"},
    {"question": "Why does adipose stem cell treatment take more than one week?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://a1-medical-center.com/stem-cell-treatment-procedure/"},
    {"question": "Stem cell treatments sound promising, but will they help me?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://novastem.mx/frequently-asked-questions/"},
    {"question": "Is the procedure safe?", "label": "ANSWERABLE", "expected_sections": ["U", "C", "L"], "source": "http://novastem.mx/frequently-asked-questions/", "unsure": True, "note": "context-free; on a Tijuana stem cell clinic FAQ"},
    {"question": "Do I Qualify for Stem Cell Treatment for My Condition?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.celln.co/?p=1961"},
    {"question": "Is there scientific evidence that supports stem cell therapy for my specific health issue?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.celln.co/?p=1961"},
    {"question": "What Kinds of Stem Cells Will Be Used?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.celln.co/?p=1961"},
    {"question": "What kind of stem cells will you use, and where are they sourced from?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.celln.co/?p=1961"},
    {"question": "What are stem cells and how do they work in the treatment of various diseases?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.stemcellsclinical.com/en/About-Us/72013122971.html"},
    {"question": "How do stem cells know where to go and what to do?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.stemcellsclinical.com/en/About-Us/72013122971.html"},
    {"question": "What is bone marrow aspirate concentrate (BMAC) used for?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://my.clevelandclinic.org/health/procedures/21077-bone-marrow-concentrate-bmc"},
    {"question": "How is bone marrow concentrate (BMC) obtained?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://my.clevelandclinic.org/health/articles/21077-bone-marrow-concentrate-bmc"},
    {"question": "What are the risks involved with obtaining bone marrow concentrate?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://my.clevelandclinic.org/health/articles/21077-bone-marrow-concentrate-bmc", "unsure": True, "note": "harvest risks (bleeding, infection, pain); article covers infection from procedures generally but not harvest"},
    {"question": "How is bone marrow concentrate (BMC) used to help repair or heal tissue?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://my.clevelandclinic.org/health/articles/21077-bone-marrow-concentrate-bmc"},
    {"question": "What is Bone Marrow Aspirate Concentrate (BMAC) Treatment?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://palmbeachhipandkneesurgeon.com/bone-marrow-aspirate-concentrate-treatment-orthopaedic-surgeon/"},
    {"question": "if stem cells used therapeutically such for diabetes mellitus,MI etc,Can there be chance for formation of cancer...........how can the differentiation of it controlled? I need immediate answer within 2 hrs..", "label": "ANSWERABLE", "expected_sections": ["4"], "source": "http://hubpages.com/health/answer/111956/can-stem-cell-produce-cancer-after-its-therapeutic-introduction-in-body", "unsure": True, "note": "question body under the title (title itself already in a reference set); second half (controlling differentiation) only partly answered"},
    {"question": "How do I know if the cells are delivered to the right part of my body?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.christopherreeve.org/research/reeve-stem-cell-research/stem-cell-caution"},
    {"question": "Will this affect whether I can get into another clinical trial?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.christopherreeve.org/research/reeve-stem-cell-research/stem-cell-caution"},
    {"question": "Are there any risks associated with blood stem cell donation?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.dkms.org.uk/en/content/are-there-any-risks-associated-blood-stem-cell-donation", "unsure": True, "note": "donor-side risks of donation, not treatment risks"},
    {"question": "DOES IT HURT?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.aadp.org/learn/stem-cell-donation/", "note": "on page: about stem cell donation"},
    {"question": "WHAT HAPPENS IF I’M A MATCH?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.aadp.org/learn/stem-cell-donation/"},
    {"question": "What are UC-MSC stem cells?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 52533718638 (La Vida Regenerative Medicine, Punta Cana, home page faqs; https://lavidastemcells.com)"},
    {"question": "Why choose the Dominican Republic for treatment?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 52533718638 (La Vida Regenerative Medicine, Punta Cana, home page faqs; https://lavidastemcells.com)"},
    {"question": "How long does the treatment process take?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 52533718638 (La Vida Regenerative Medicine, Punta Cana, home page faqs; https://lavidastemcells.com)"},
    {"question": "Do you accept insurance?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 52533718638 (La Vida Regenerative Medicine, Punta Cana, home page faqs; https://lavidastemcells.com)"},
    {"question": "Are stem cell treatments safe and who can get them?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 4017211728 (QC Kinetix page FAQ)", "unsure": True, "note": "safety half answerable, candidacy half not"},
    {"question": "What is regenerative medicine and how does it work?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 6716711701 (BioCellRx resources page faqs; same FAQ in several copies of the site)"},
    {"question": "What conditions can be treated with regenerative therapy?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 6716711701 (BioCellRx resources page faqs; same FAQ in several copies of the site)"},
    {"question": "What is the difference between MSC, CBSC, and Exosomal therapies?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 6716711701 (BioCellRx resources page faqs; same FAQ in several copies of the site)"},
    {"question": "Is treatment covered by insurance?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 6716711701 (BioCellRx resources page faqs; same FAQ in several copies of the site)"},
    {"question": "How do I prepare for my treatment?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "GitHub file, index id 6716711701 (BioCellRx resources page faqs; same FAQ in several copies of the site)"},
    {"question": "Does auto-MSC pose equal risk as allo-MSC?", "label": "ANSWERABLE", "expected_sections": ["3"], "source": "https://diabetes.diabetesjournals.org/highwire/markup/54937/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed", "unsure": True, "note": "researcher's question from a 'Potential risks using MSCs' table (Diabetes journal), not a patient's"},
    {"question": "Could rejected allogeneic MSC cause systemic reactions?", "label": "ANSWERABLE", "expected_sections": ["3"], "source": "https://diabetes.diabetesjournals.org/highwire/markup/54937/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed", "unsure": True, "note": "researcher's question from the same table"},
    {"question": "Will my body reject the stem cells infusion?", "label": "ANSWERABLE", "expected_sections": ["3"], "source": "https://cellquest.com.my/faq-items/will-my-body-reject-the-stem-cells-infusion/", "unsure": True, "note": "FAQ item title; words taken from the stored page's URL slug (title text not shown), so casing/punctuation may differ"},
    {"question": "Are therapeutic human mesenchymal stromal cells compatible with human blood?", "label": "ANSWERABLE", "expected_sections": ["5"], "source": "https://ouci.dntb.gov.ua/en/works/lRnrVxEl", "unsure": True, "note": "journal article title (Moll et al., Stem Cells 2012) quoted in a reference list; researcher's question on blood compatibility / clotting"},
    {"question": "Mesenchymal stem cells: a new strategy for immunosuppression?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://iris.unige.it/handle/11567/220184"},
    {"question": "What adverse events are known?", "label": "ANSWERABLE", "expected_sections": ["C", "L"], "source": "https://verifiedsurgeons.org/medical-tourism/unproven-stem-cell-and-regenerative-treatments/", "unsure": True, "note": "context-free; on the page it is a question to ask about stem-cell/regenerative products offered abroad"},
    {"question": "What standard treatment might be delayed?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://verifiedsurgeons.org/medical-tourism/unproven-stem-cell-and-regenerative-treatments/"},
    {"question": "What approval or trial status applies?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://verifiedsurgeons.org/medical-tourism/unproven-stem-cell-and-regenerative-treatments/"},
    {"question": "why aren’t more U.S. patients trying to get into a clinical trial in this country?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.magazine.medicaltourism.com/article/adult-stem-cells-abroad", "note": "sentence begins 'The question becomes, why ...'; lead-in dropped"},
    {"question": "What Causes Nerve Pain in the Feet?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.reference.com/world-view/causes-nerve-pain-feet-4170a587a6342384"},
    {"question": "What Are the Causes of Nerve Pain in the Foot?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://222health.com/conditions-treatments/metabolism-disorders/5289.html"},
    {"question": "How Is Nerve Pain Diagnosed?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://oexemanfootandankle.com/nerve-injury-and-pain"},
    {"question": "What’s the difference between a tumor and a cancer?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.ryongraf.com/post/what-s-the-difference-between-a-tumor-and-a-cancer", "note": "reader question"},
    {"question": "How do you tell the difference between a lump and a tumor?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.interviewarea.com/q-and-a/how-do-you-tell-the-difference-between-a-lump-and-a-tumor"},
    {"question": "What does a cancerous lump feel like?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.interviewarea.com/q-and-a/how-do-you-tell-the-difference-between-a-lump-and-a-tumor"},
    {"question": "Does a tumor feel hard or soft?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.interviewarea.com/q-and-a/how-do-you-tell-the-difference-between-a-lump-and-a-tumor"},
    {"question": "What size of lump should I worry about?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.interviewarea.com/q-and-a/how-do-you-tell-the-difference-between-a-lump-and-a-tumor"},
    {"question": "How to identify whether the tumor is Cancerous or not?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.interviewarea.com/q-and-a/how-do-you-tell-the-difference-between-a-lump-and-a-tumor"},
    {"question": "I have a lump in my breast. Does that mean I have cancer?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://icch.org.uk/tag_lump.html"},
    {"question": "What can trigger lupus?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://hopefoundbarbados.org/index.php/faqs/causes-of-lupus/13-faqs-causes-of-lupus/58-what-can-trigger-lupus?tmpl=component&amp;print=1"},
    {"question": "Is stress related to lupus?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://www.lupus.org/answers/entry/is-stress-related-to-lupus"},
    {"question": "How Does the Environment Affect Lupus?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://howdoyougetlupus.com/tag/triggers/"},
    {"question": "What is a Lupus Flare?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://lupusconnection.net/tag/lupus-symtoms/"},
    {"question": "What is the immune system and how does it work?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://realholisticdoc.com/how-to-boost-your-immune-system-7-ways/"},
    {"question": "What will weaken your immune system?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://thisnicegift.com/es/blogs/health/what-will-weaken-your-immune-system"},
    {"question": "What are the signs of a weak immune system?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://healthy-review.com/weak-immune-system-heres-how-you-can-boost-it/"},
    {"question": "What is a pulmonary embolism?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "http://worldofanticoagulation.org/what-is-a-pulmonary-embolism"},
    {"question": "What does DVT stand for?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.websiteperu.com/search/dvt"},
    {"question": "How serious is a DVT?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.websiteperu.com/search/dvt"},
    {"question": "Wharton’s Jelly Derived Mesenchymal Stem Cells: Future of Regenerative Medicine?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "https://www.hindawi.com/journals/bmri/2015/430847/", "note": "article title, subtitle dropped"},
    {"question": "How Do Non Surgical Butt Lifts Work?", "label": "OUT_OF_SCOPE", "expected_sections": [], "source": "HealloUK/cellcure:src/pages/blog/how-can-i-get-a-butt-lift-without-surgery.md@5f0d98f37e2079345db21ab2ced290b541f48b96 (section heading)"},
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
    files = sorted({f for g in REF_GLOBS for f in glob.glob(g) if "/real_questions10/" not in f})  # (not this set)
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
    rng = random.Random(10)
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
