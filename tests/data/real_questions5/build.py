"""Build all.jsonl for real_questions5 from the hand-copied question lists below.

Every question is copied verbatim from an outside source (see SOURCES.md); nothing here was
written by the collector. Run:  python3 build.py   (from this folder)
It checks every expected_sections entry against the article's headings, drops any question that
repeats (exactly or nearly) a question already in tests/data/**/*.jsonl (see dedupe.py; only
counts and this set's own texts are printed) or an earlier line of this set, and writes all.jsonl.
"""
import json
import re
from pathlib import Path

import dedupe

HERE = Path(__file__).resolve().parent
ARTICLE = HERE.parents[2] / "knowledge" / "stem-cell-therapy-side-effects.md"

UND = "Understanding Stem Cell Therapy"
COMMON = "Common Side Effects of Stem Cell Therapy"
S1 = "1. Pain and Swelling at the Injection Site"
S2 = "2. Risk of Infection"
S3 = "3. Immune System Reactions"
S4 = "4. Tumor Formation and Uncontrolled Cell Growth"
S5 = "5. Blood Clots and Pulmonary Embolism"
LESS = "Less Common but Serious Side Effects"
S6 = "6. Neurological Complications"
S7 = "7. Autoimmune Reactions"
S8 = "8. Unregulated Clinics and Safety Concerns"
MIT = "Mitigating Risks and Ensuring Safe Treatment"
ALLRISK = [UND, COMMON, S1, S2, S3, S4, S5, LESS, S6, S7, S8]

# (question, label A/O, expected_sections, kind S=stem-cell question / N=general-health near miss, source)
PAGES = [
    ('Is there any scientific study to indicate that stem cell therapy can have a positive outcome in the treatment of COPD?', 'O', [], 'S', 'https://www.copdfoundation.org/COPD360social/Community/COPD-Digest/Article/419/The-Truth-about-Stem-Cell-Therapy.aspx (reader letter to the COPD Coach)'),
    ('Who Is A Candidate For Stem Cells Treatment?', 'O', [], 'S', 'https://nyspinalimplants.com/stem-cell-therapy/ (heading)'),
    ('Will Insurance Cover Stem Cell Therapy for Knees or Back Any Time Soon?', 'O', [], 'S', 'https://rentry.co/oaspah5c (title)'),
    ('Is stem cell therapy for back pain effective?', 'O', [], 'S', 'https://centenoschultz.com/stem-cell-therapy-for-back-pain/ (opening question)'),
    ('Can Stem Cells Treat Erectile Dysfunction?', 'O', [], 'S', 'https://www.newyorkurologyspecialists.com/ed/stem-cell/ (heading "What are Stem Cells? Can Stem Cells Treat Erectile Dysfunction?", second question)'),
    ('Are these procedures safe? What are the side effects?', 'A', ALLRISK + [MIT], 'S', 'https://r3stemcell.com/the-risk-benefit-analysis-of-mesenchymal-stem-cell-therapy (question patients ask, quoted)'),
    ('Is stem cell therapy right for me?', 'O', [], 'S', 'https://msfocus.org/MultipleSclerosisFoundation/media/Flipbook/MSfocus/Winter2022/inc/html/11.html (MS Focus magazine, heading)'),
    ('What about getting a stem cell transplant in a different country?', 'O', [], 'S', 'https://msfocus.org/MultipleSclerosisFoundation/media/Flipbook/MSfocus/Winter2022/inc/html/11.html (MS Focus magazine, heading)'),
    ('How do I know if my dog is suitable for stem cell therapy?', 'O', [], 'S', 'https://vetirving.co.uk/pet-factsheets/?factsheets-types=Y2FuaXM%3D&nodeguid=80025 (Vetstream pet factsheet "Stem cell therapy", heading)'),
    ('How effective is stem cell therapy?', 'O', [], 'S', 'https://vetirving.co.uk/pet-factsheets/?factsheets-types=Y2FuaXM%3D&nodeguid=80025 (Vetstream pet factsheet "Stem cell therapy", heading)'),
    ('How Successful Is Stem Cell Therapy for Shoulder Pain', 'O', [], 'S', 'https://www.chicagostemcells.com/blog/how-successful-is-stem-cell-therapy-for-shoulder-pain/?bp=38272 (blog post title, no question mark in source)'),
    ('How long does recovery take after the treatment?', 'O', [], 'S', 'https://sites.google.com/view/recovery-after-stem-cell/home (quoted "most common questions patients ask" about stem cell therapy for the shoulder; cut after "patients ask when considering stem cell therapy is: ")'),
    ('How do I know if I am a good candidate for treatment?', 'O', [], 'S', 'GitHub file, index id 24201313233 (regenerative clinic FaqSection, faqData id 2; about stem cell and exosome therapy)'),
    ('Who is a good candidate for stem cell preservation?', 'O', [], 'S', 'GitHub file, index id 56160287648 (TruCells FAQs page, "TruCells FAQs Section" item 1)'),
    ('Why should I preserve my stem cells?', 'O', [], 'S', 'GitHub file, index id 56160287648 (TruCells FAQs page, "TruCells FAQs Section" item 2)'),
    ('Is stem cell preservation safe?', 'O', [], 'S', 'GitHub file, index id 56160287648 (TruCells FAQs page, "TruCells FAQs Section" item 4)'),
    ('How much does stem cell preservation cost?', 'O', [], 'S', 'GitHub file, index id 56160287648 (TruCells FAQs page, "TruCells FAQs Section" item 7)'),
    ('Are the cells manipulated genetically?', 'O', [], 'S', 'GitHub file, index id 57024502399 (stemcell.my "What is Stem Cell Therapy?" page, faqs item 3)'),
    ('How can I make sense of the claims made by the clinic?', 'O', [], 'S', 'https://stemcellsaustralia.edu.au/about/about-stem-cells/questions-we-get-asked/ (Stem Cells Australia "Questions we get asked")'),
    ('If a clinic is offering unproven therapies, why is it allowed to operate?', 'O', [], 'S', 'https://stemcellsaustralia.edu.au/about/about-stem-cells/questions-we-get-asked/ (Stem Cells Australia "Questions we get asked")'),
    ('What should I ask my doctor about stem cells?', 'O', [], 'S', 'https://stemcellsaustralia.edu.au/about/stem-cell-treatments/my-interests/ (Stem Cells Australia "Who is looking after my interests?", heading)'),
    ('How are stem cell treatments regulated in Australia?', 'O', [], 'S', 'https://stemcellsaustralia.edu.au/about/stem-cell-treatments/my-interests/ (Stem Cells Australia "Who is looking after my interests?", heading)'),
    ('What is the current status of stem cell research for damaged retinal cells?', 'O', [], 'S', 'https://www.healthtap.com/user_questions/181479-what-is-the-current-status-of-stem-cell-research-for-damaged-retinal-cells (HealthTap user question)'),
    ('What Are the Risks of Stem Cell Tourism?', 'A', [UND, S8, MIT], 'S', 'https://luxurytraveldiva.com/what-are-the-risks-of-stem-cell-tourism (article title)'),
    ('What is the evidence of success from these treatments?', 'O', [], 'S', 'https://cbhd.org/cbhd-resources/stem-cell-tourism (CBHD "Stem cell tourism", question about unregulated stem cell treatments abroad)'),
    ('4 y/o vaccinated two days ago has large red swelling around the injection site (2-3 in). getting lighter now/fading. reaction or infection?', 'O', [], 'N', 'https://www.healthtap.com/questions/6738494-4-y-o-vaccinated-two-days-ago-has-large-red-swelling-around-the-injection-site-2-3-in-getting-li/ (HealthTap user question)'),
    ('Is It Normal To Have Redness And Swelling After Vaccination?', 'O', [], 'N', 'https://www.sjahs.org/redness-and-swelling-after-vaccination/ (article title)'),
    ('What causes redness and swelling after vaccination?', 'O', [], 'N', 'https://www.sjahs.org/redness-and-swelling-after-vaccination/ (question in the introduction)'),
    ('Are there any adverse effects following an injection?', 'O', [], 'N', 'https://www.marinahospital.com/faq/are-there-any-adverse-effects-following-an-injection (rheumatology joint/cortisone injection FAQ)'),
    ('What types of stem cells does CiploStem use?', 'O', [], 'S', 'GitHub file, index id 55114671067 (CiploStem ResourcesPage faqs item 1)'),
    ('Why do prices vary so much between clinics?', 'O', [], 'S', 'GitHub file, index id 60636489093 (stem cell clinic directory tools registry, stem-cell-cost-calculator faqs item 3)'),
    ('Are cheaper clinics abroad worse?', 'O', [], 'S', 'GitHub file, index id 60636489093 (stem cell clinic directory tools registry, stem-cell-cost-calculator faqs item 5)'),
    ('Does travel insurance cover treatment abroad?', 'O', [], 'S', 'GitHub file, index id 60636489093 (stem cell clinic directory tools registry, medical-travel-cost-calculator faqs item 2)'),
    ('Is stem cell therapy legal in the United States?', 'O', [], 'S', 'GitHub file, index id 60270134248 (stem cell clinic directory editorial script, locations/usa faqs item 1)'),
    ('Why do US clinics not offer lab-expanded or cultured stem cells?', 'O', [], 'S', 'GitHub file, index id 60270134248 (stem cell clinic directory editorial script, locations/usa faqs item 2)'),
    ('Does it regrow cartilage?', 'O', [], 'S', 'GitHub file, index id 6172800791 (orthopaedic clinic treatmentFAQs, "stem-cell-treatment" item 3)'),
    ('How many treatments are needed?', 'O', [], 'S', 'GitHub file, index id 6172800791 (orthopaedic clinic treatmentFAQs, "stem-cell-treatment" item 4)'),
    ('What do I need to know about stem cell research?', 'O', [], 'S', 'https://www.christopherreeve.org/todays-care/living-with-paralysis/newly-paralyzed/what-do-i-need-to-know-about-stem-cell-research/ (page title)'),
    ('ARE THERE ANY KNOWN SIDE EFFECTS TO THE PROCEDURE?', 'A', ALLRISK, 'S', 'https://nmstemcell.com/faq/ (stem cell clinic FAQ; umbilical-cord stem cell injections)'),
    ('HOW FAST WILL I SEE RESULTS?', 'O', [], 'S', 'https://nmstemcell.com/faq/ (stem cell clinic FAQ)'),
    ('HOW MANY CELLS ARE NECESSARY TO TREAT DIFFERENT CONDITIONS?', 'O', [], 'S', 'https://nmstemcell.com/faq/ (stem cell clinic FAQ)'),
    ('WHAT IS THE BEST METHODOLOGY FOR INJECTING THE STEM CELLS?', 'O', [], 'S', 'https://nmstemcell.com/faq/ (stem cell clinic FAQ)'),
    ('What is the Procedure for Stem Cell Therapy?', 'O', [], 'S', 'https://bluehorizonstemcells.com/procedure-overview/ (heading)'),
    ('What examinations or tests are performed prior to receiving stem cell therapy?', 'O', [], 'S', 'https://bluehorizonstemcells.com/procedure-overview/ (FAQ heading)'),
    ('How long does the patient need to stay in the hospital?', 'O', [], 'S', 'https://bluehorizonstemcells.com/procedure-overview/ (FAQ heading; stem cell therapy)'),
    ('Can stem cell therapy help my chronic joint pain?', 'O', [], 'S', 'https://drhrejoint.com/blogs/dr-h-blog/can-stem-cell-therapy-help-my-chronic-joint-pain (blog title)'),
    ('But is stem cell therapy effective?', 'O', [], 'S', 'https://drhrejoint.com/blogs/dr-h-blog/can-stem-cell-therapy-help-my-chronic-joint-pain (question in the post)'),
    ('What is bone marrow aspirate concentrate (BMAC)?', 'O', [], 'S', 'https://my.clevelandclinic.org/health/procedures/21077-bone-marrow-concentrate-bmc (Cleveland Clinic heading)'),
    ('Who is a candidate for BMAC?', 'O', [], 'S', 'https://www.massgeneralbrigham.org/en/patient-care/services-and-specialties/sports-medicine/programs/regenerative-medicine/bone-marrow-aspirate-concentrate (heading)'),
    ('Where is the BMAC procedure performed?', 'O', [], 'S', 'https://www.massgeneralbrigham.org/en/patient-care/services-and-specialties/sports-medicine/programs/regenerative-medicine/bone-marrow-aspirate-concentrate (heading)'),
    ('How Much is the Cost of Stem Cell Transplant in India?', 'O', [], 'S', 'https://www.okbima.com/health-insurance/blog/cost-of-stem-cell-transplant-in-india-bid-164 (heading)'),
    ('What do you mean by stem cells?', 'O', [], 'S', 'https://www.healthtrip.com/blog/stem-cell-therapy-cost-in-india (heading)'),
    ('Why do you need a stem cell transplant?', 'O', [], 'S', 'https://www.healthtrip.com/blog/stem-cell-therapy-cost-in-india (heading)'),
    ('Who are eligible for stem cell transplant?', 'O', [], 'S', 'https://medigence.com/treatment/stem-cells-bmt (heading)'),
    ("Exosomes vs PRP Therapy vs Stem Cell: What's the Difference?", 'O', [], 'S', 'https://onedaymd.aestheticsadvisor.com/2022/07/exosomes-vs-stem-cell-vs-prp-therapy.html?m=1 (article title, cut before " (2024 Edition)")'),
    ('What Is Bone Marrow Donation?', 'O', [], 'N', 'http://lymphoma.about.com/od/livingwithleukemia/fl/How-Do-Patients-and-Donors-Meet.htm (Verywell/About.com article heading)'),
    ('HOW ARE THE CELLS THAWED?', 'O', [], 'S', 'https://nmstemcell.com/faq/ (stem cell clinic FAQ)'),
    ('Is the product TGA-regulated?', 'O', [], 'S', 'https://aeternahealthqld.com.au/2026/04/30/4-questions-regenerative-medicine-provider-australia/ (question 1 of "4 questions" to ask a regenerative medicine (cellular therapy) provider; list number "1." dropped)'),
    ('What types of surgery qualify for stem cell collection?', 'O', [], 'S', 'GitHub file, index id 56160287648 (TruCells FAQs page, "Patients" item 2)'),
    ('How Many Stem Cell Procedures Have You Personally Performed?', 'O', [], 'S', 'https://sociallifemagazine.com/the-archive/questions-to-ask-stem-cell-therapy (heading; prefix "Question 1: " dropped)'),
]

HSQA_SOURCE = ("HealthSearchQA (Singhal et al. 2022, consumer search queries), copy in GitHub "
               "shr7q/MedQA:data/corpus.json@c90c91546c106a8c992162d0be93d295821b00b4")
# General-health near misses from HealthSearchQA, all OUT_OF_SCOPE.
# The stored file escapes apostrophes as \\' ; they are written here as a plain '.
HSQA = [
    'Are benign brain tumors serious?',
    'Can a lump be cancer?',
    'Does a lump mean cancer?',
    'Can you live with a benign tumor in your brain?',
    'Is benign brain tumor curable?',
    'Is a malignant brain tumor cancer?',
    'Is brain cancer and brain tumor the same?',
    'How does cancer start in the body?',
    'What are the symptoms of a tumor in your brain?',
    'What is usually the first symptom of a brain tumor?',
    'What causes lumps to form?',
    'Can lipomas go cancerous?',
    'What do cancerous lumps feel like?',
    'What is the most common benign brain tumor?',
    'How serious is a MRSA infection?',
    'How do you get a MRSA infection?',
    'Is it OK to be around someone with MRSA?',
    'What are the first signs of MRSA?',
    'How serious is a staph infection?',
    'What is the main cause of staph infection?',
    'Does pus mean infection or healing?',
    'Can cellulitis go away on its own?',
    'What usually causes cellulitis?',
    'Can you survive a sepsis infection?',
    'What are the early signs of sepsis?',
    'What are the 3 causes of infection?',
    'What does infection mean?',
    'What is an example of an infection?',
    'How serious is septic arthritis?',
    'What are the signs of brain infection?',
    'How does a blood clot go away?',
    'What are the signs of having a blood clot?',
    'What causes a person to get blood clots?',
    'What happens when blood gets clot?',
    'How serious is venous thrombosis?',
    'What causes venous thrombosis?',
    'How long does it take venous thrombosis to go away?',
    'What are the early warning signs of a pulmonary embolism?',
    'What is the main cause of pulmonary embolism?',
    'What is the survival rate of a pulmonary embolism?',
    'What is the first thing to do for a pulmonary embolism?',
    'Can you survive an embolism?',
    'How do you get embolism?',
    'What are the warning signs of an embolism?',
    'How do you manage thrombophilia?',
    'Who is at risk for thrombophilia?',
    'What is the difference between arterial and venous thrombosis?',
    'Can you be cured of lupus?',
    'How does a person get lupus?',
    'What does lupus do to a person?',
    'Is sarcoidosis an autoimmune disease?',
    'Is uveitis an autoimmune disease?',
    "Is Raynaud's an autoimmune disorder?",
    'Is PMR an autoimmune disorder or not?',
    'What autoimmune disease causes hypoparathyroidism?',
    'Can you survive anaphylaxis?',
    'What are the 5 symptoms of anaphylaxis?',
    'What does an allergic rash look like?',
    'What is the main cause of allergies?',
    'Are swollen ankles serious?',
    'What are swollen ankles a symptom of?',
    'How do you treat a swelling?',
    'What usually causes swelling?',
    'What do swelling means?',
    'What are the 4 types of swelling?',
    'What causes pain and swelling in multiple joints?',
    'How do I reduce swelling in my joints fast?',
    'What is the fastest way to reduce inflammation in the joints?',
    'What causes sudden inflammation of the joints?',
    'What is the difference between a lump and swelling?',
    'What are the 3 types of pain?',
    'How do you deal with chronic pain mentally?',
    'How long does a fever last?',
    'What is considered a fever?',
    'Is 100.2 a fever?',
    'What causes sudden chills and shaking without fever?',
    'Why do I feel hot but no fever?',
    'How do I stop feeling so tired?',
    'Why am I always tired and have no energy?',
    'What is tiredness symptom of?',
    'When should I be worried about a headache?',
    'How do I know if my headache is serious?',
    'What is the main cause of headaches?',
    'When should you worry about dizziness?',
    'Can dizziness be serious?',
    'Is peripheral neuropathy serious?',
    'How do you fix peripheral neuropathy?',
    'What are the four stages of peripheral neuropathy?',
    'Is numbness a serious problem?',
    'What is numbness a symptom of?',
    'When should I be worried about numbness?',
    'When should I be worried about pins and needles?',
    'What is the main cause of tingling?',
]


def headings():
    text = ARTICLE.read_text(encoding="utf-8")
    return {m.group(1).strip() for m in re.finditer(r"^#{1,6}\s+(.+?)\s*$", text, re.M)}


def main():
    heads = headings()
    cands = []
    for q, lab, secs, kind, src in PAGES:
        cands.append({"question": q, "label": "ANSWERABLE" if lab == "A" else "OUT_OF_SCOPE",
                      "expected_sections": list(secs) if lab == "A" else [], "source": src, "_kind": kind})
    for q in HSQA:
        cands.append({"question": q, "label": "OUT_OF_SCOPE", "expected_sections": [],
                      "source": HSQA_SOURCE, "_kind": "N"})
    for c in cands:
        for s in c["expected_sections"]:
            assert s in heads, (s, c["question"])
        assert (c["label"] == "ANSWERABLE") == bool(c["expected_sections"]), c["question"]
    kept, seen, dropped = [], set(), []
    for c in cands:
        n = dedupe.norm(c["question"])
        st = dedupe.status(c["question"])
        if n in seen:
            st = "internal"
        if st != "ok":
            dropped.append((st, c["question"]))
            continue
        seen.add(n)
        kept.append(c)
    with open(HERE / "all.jsonl", "w", encoding="utf-8") as f:
        for c in kept:
            rec = {k: v for k, v in c.items() if not k.startswith("_")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"existing files checked: {dedupe.NFILES}, distinct existing questions: {len(dedupe.EXISTING)}")
    print(f"candidates: {len(cands)}  kept: {len(kept)}  dropped: {len(dropped)}")
    for st, q in dropped:
        print(f"  dropped ({st}): {q}")
    a = sum(c["label"] == "ANSWERABLE" for c in kept)
    s_o = sum(c["label"] == "OUT_OF_SCOPE" and c["_kind"] == "S" for c in kept)
    n_o = sum(c["_kind"] == "N" for c in kept)
    print(f"ANSWERABLE {a}; OUT_OF_SCOPE stem-cell {s_o}; OUT_OF_SCOPE general-health near miss {n_o}")


if __name__ == "__main__":
    main()
