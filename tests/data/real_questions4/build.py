"""Build candidates.jsonl from the hand-copied list below (verbatim questions with their sources)."""
import json
from pathlib import Path

A, O = "ANSWERABLE", "OUT_OF_SCOPE"
INTRO = "(introduction)"
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
FIN = "Final Thoughts"
ALLRISK = [UND, COMMON, S1, S2, S3, S4, S5, LESS, S6, S7, S8]

C = []  # (question, label, sections, source)

def add(q, label, sections, source):
    C.append((q, label, sections if label == A else [], source))

# --- pages found with search (pages corpus)
add("Considering the common sources of stem cells, are the risks of rejection the same from each source?", A, [S3], "https://experts123.com/q/considering-the-common-sources-of-stem-cells-are-the-risks-of-rejection-the-same-from-each-source.html")
add("Do the STEM CELLS stay localized to the injection site? Is there any risk of them traveling throughout the body?", O, [], "https://stemcellorthopedicinstituteoftexas.com/faqs/do-the-stem-cells-stay-localized-to-the-injection-site-is-there-any-risk-of-them-traveling-throughout-the-body/")
add("Is it painful to receive stem cells?", O, [], "https://int.livhospital.com/?p=6521")
add("What are stem cells and how do they work?", O, [], "https://int.livhospital.com/?p=15098")
add("What Are the Most Common Side Effects of Stem Cell Therapy?", A, [COMMON, S1, S2, S3, S4, S5], "https://r3stemcell.com/stem-cell-therapy-side-effects-and-risks/")
add("Are umbilical cord MSCs safe when given into the bloodstream?", O, [], "https://cureonv4.pages.dev/journal/are-stem-cell-infusions-safe/")
add("What are the Different Types of Stem Cells?", O, [], "https://www.autoimmuneinstitute.org/articles/stem-cell-therapy-for-autoimmune-disease")
add("Where has Stem Cell Therapy Shown Promise in Treating Autoimmune Disease?", O, [], "https://www.autoimmuneinstitute.org/articles/stem-cell-therapy-for-autoimmune-disease")
add("Is stem cell therapy FDA-approved?", O, [], "https://medcureasia.com//conditions/stem-cell-therapy-future-regenerative-medicine-1659.html")
add("What Are Stem Cells and How Are They Used?", O, [], "https://nationalstemcelltherapy.com/understanding-the-risks-a-comprehensive-guide-to-the-side-effects-of-stem-cell-therapy/")
add("Should unproven stem cell therapies be regulated?", O, [], "https://www.curethefuture.org/2017/08/")
# --- GitHub file, index id 25734333730 (stem cell donation site, faq_data / fmq_data)
G = "GitHub file, index id 25734333730 (stem cell donation site FAQ, faq_data/fmq_data)"
add("What types of stem cells exist, and how do they differ?", O, [], G)
add("Where do stem cells come from?", O, [], G)
add("What is the importance of stem cells in medicine and research?", O, [], G)
add("How are stem cells used in treating diseases and medical conditions?", O, [], G)
add("Are there any ethical concerns associated with stem cell research and use?", O, [], G)
add("Can anyone donate their stem cells, and how does the donation process work?", O, [], G)
add("What is the process of harvesting or obtaining stem cells?", O, [], G)
add("What are the potential risks or side effects of stem cell therapies or treatments?", A, ALLRISK, G)
# --- GitHub file, index id 57168241811 (Healthi-Life Bangkok, faqSchema)
G = "GitHub file, index id 57168241811 (stemcellhealthilife.com FAQPage schema)"
add("What conditions can stem cell therapy help with?", O, [], G)
add("What makes fresh stem cells better than frozen ones?", O, [], G)
add("Will I need downtime after treatment?", O, [], G)
# --- GitHub file, index id 55542029047 (CiploStem patients page, faqs)
G = "GitHub file, index id 55542029047 (CiploStem patients page faqs)"
add("How long does treatment take?", O, [], G)
add("Will my insurance cover this?", O, [], G)
add("What is the recovery process like?", O, [], G)
add("What is a spinal tap?", O, [], "https://blood-cancer.com/living/spinal-headaches")
add("Why do people with blood cancer get spinal headaches?", O, [], "https://blood-cancer.com/living/spinal-headaches")
# near misses: blood clots and flying, injections
add("Can You Fly With Existing Blood Clots Safely?", O, [], "https://flyermedia.net/us/can-you-fly-with-existing-blood-clots")
add("Why does flying increase the risk of blood clots?", O, [], "https://flyermedia.net/us/can-you-fly-with-existing-blood-clots")
add("Can you fly safely with blood clots?", O, [], "https://mti-247.com/en/blog/flying-with-blood-clots-what-are-the-risks-and-how-to-travel-safely")
add("What is a blood clot?", O, [], "https://mti-247.com/en/blog/flying-with-blood-clots-what-are-the-risks-and-how-to-travel-safely")
add("What conditions increase the risk of blood clots?", O, [], "https://mti-247.com/en/blog/flying-with-blood-clots-what-are-the-risks-and-how-to-travel-safely")
add("Is it OK to Fly with Blood Clots?", O, [], "https://curiousexpeditions.org/?p=330049")
add("Can You Fly With A Blood Clot?", O, [], "https://www.epainassist.com/travel-and-health/can-you-fly-with-a-blood-clot")
add("Should you fly if you think you have a blood clot?", O, [], "https://citizendailypost.com/faq/should-you-fly-if-you-think-you-have-a-blood-clot")
add("What happens if you fly with a blood clot?", O, [], "https://citizendailypost.com/faq/should-you-fly-if-you-think-you-have-a-blood-clot")
add("Does airplane pressure affect blood clots?", O, [], "https://citizendailypost.com/faq/should-you-fly-if-you-think-you-have-a-blood-clot")
add("How long after flying are you at risk for blood clot?", O, [], "https://citizendailypost.com/faq/should-you-fly-if-you-think-you-have-a-blood-clot")
add("Does aspirin prevent blood clots when flying?", O, [], "https://citizendailypost.com/faq/should-you-fly-if-you-think-you-have-a-blood-clot")
add("What Is an Injection Site Reaction?", O, [], "https://www.verywellhealth.com/injection-side-effects-call-doctor-2616542")
add("What are the potential problems with using embryonic stem cells in humans?", A, [S4], "https://experts123.com/q/what-are-the-potential-problems-with-using-embryonic-stem-cells-in-humans.html")
add("Is it true that some somatic stem cells in our bodies can be the source of common cancers?", O, [], "https://stemcell.ny.gov/faqs/it-true-some-somatic-stem-cells-our-bodies-can-be-source-common-cancers")
add("Why Can't We Experiment On Human Embryonic Stem Cells?", O, [], "https://vidmax.com/video/140228-why-can-t-we-experiment-on-human-embryonic-stem-cells")
X = "https://www.xshotpix.com/why-cancer-always-occurs-in-stem-cells/"
add("Why cancer always occurs in stem cells?", O, [], X)
add("How do stem cells fight cancer?", O, [], X)
add("What causes cancer to grow in the body?", O, [], X)
add("Where does cancer usually start in the body?", O, [], X)
add("What happens to normal cells before they become cancer?", O, [], X)
add("How does cancer spread to the surrounding tissue?", O, [], X)
add("How do cells become cancerous?", O, [], X)
add("Are there any risks associated with using stem cells in therapy?", A, ALLRISK, "https://qeeebo.com/questions/are/8f/8fc/are-there-any-risks-associated-with-using-stem-cells-in-therapy")
add("Are there risks to stem cell therapies?", A, ALLRISK, "https://qeeebo.com/questions/are/b8/17f/are-there-risks-to-stem-cell-therapies")
add("What is an adverse reaction?", O, [], "https://www.viezec.com/science/stem-cell-adverse-reaction/")
add("What Are Stem Cells and How Are They Used Therapeutically?", O, [], "https://int.livhospital.com/?p=12143")
add("Can Embryonic Stem Cells (ESCs) Cause Tumors?", A, [S4], "https://alttreatment.io/2024/10/18/do-stem-cells-cause-tumors/")
add("How does the recipient's immune system impact HSCT success?", O, [], "https://qeeebo.com/questions/how/63/2dc/how-does-the-recipients-immune-system-impact-hsct-success")
add("How Real Is the Infection Risk?", A, [S2], "https://stemcellprices.com/blog/stem-cell-therapy-risks-side-effects")
add("Are cellular medicine treatments covered by insurance, Medicare, Worker’s Compensation, Auto Accident Insurance?", O, [], "http://drshiple.com/patient-info/faqs/46-q-are-cellular-medicine-treatments-covered-by-insurance-medicare-worker-s-compensation-auto-accident-insurance")
add("Where is the best place in the United States for stem cell therapy?", O, [], "https://stemcelltherapies.net/where-is-the-best-place-in-the-united-states-for-stem-cell-therapy")
add("What Are Stem Cells and How Do They Work?", O, [], "https://int.livhospital.com/qualify-for-stem-cell-therapy-guide")
add("Are there any side effects of stem cell therapy?", A, ALLRISK, "https://stemcellstransplantinstitute.com/2021/04/03/side-effects-of-stem-cell-therapy-and-is-it-worth-it/")
add("Is it the life-changing process that doctors claim it is?", O, [], "https://stemcellstransplantinstitute.com/2021/04/03/side-effects-of-stem-cell-therapy-and-is-it-worth-it/")
add("Are stem cell transplants effective to fight cancer?", O, [], "https://bebeautifulbyalexa.blogspot.com/2017/07/stem-cell-transplantation-side-effects.html")
add("How stem cell therapy works?", O, [], "HealloUK/cellcure:src/pages/blog/safety-of-stem-cell-therapy.md@c29b9fb8dadbb17857b35df5c42082958fae56dd")
add("How soon will I see improvement?", O, [], "HealloUK/cellcure:src/pages/blog/stem-cell-treatment-procedure.md@c29b9fb8dadbb17857b35df5c42082958fae56dd")
add("What Are Adult Stem Cells?", O, [], "https://www.magazine.medicaltourism.com/article/adult-stem-cells-abroad")
add("Why Travel for Treatment?", O, [], "https://www.magazine.medicaltourism.com/article/adult-stem-cells-abroad")
add("Why Combine Medical Tourism with Stem Cells?", O, [], "https://resident.com/resource-guide/2025/05/29/medical-tourism-and-stem-cells-what-patients-need-to-know")

add("Is intrathecal stem cell therapy safe?", A, [S6], "https://r3stemcell.com/is-intrathecal-stem-cell-therapy-safe/")
add("What is Stem Cell Therapy?", O, [], "https://ocwellnesphysician.blogspot.com/2023/11/could-stem-cell-therapy-lead-to-worse.html")
add("What are Stem Cells?", O, [], "https://www.medical-definitions.net/worse-pain-after-stem-cell-injection-what-you-need-to-know/")
add("What is the latest research on stem cell bioengineering of a human whole tooth, including progress and availability?", O, [], "MeQSum (bigbio/meqsum, meqsum_bigbio_t2t train id 201, document_id 12626.xml.txt, summarized question text_2) https://huggingface.co/datasets/bigbio/meqsum/viewer/meqsum_bigbio_t2t/train?p=2")

add("What Are the Disadvantages of Stem Cell Therapy?", A, ALLRISK, "https://biologyinsights.com/what-are-the-disadvantages-of-stem-cell-therapy")
add("What are stem cells and how do they function?", O, [], "https://int.livhospital.com/?p=11930")

# near misses: DVT / clots
add("Can a DVT go away on its own?", O, [], "https://vascularinstitute.com/blog/9690/Can-a-DVT-go-away-on-its-own--")
add("What is DVT?", O, [], "https://vascularinstitute.com/blog/9690/Can-a-DVT-go-away-on-its-own--")
add("What Are the Symptoms of DVT?", O, [], "https://vascularinstitute.com/blog/9690/Can-a-DVT-go-away-on-its-own--")
add("Do Blood Clots Go Away on Their Own?", O, [], "https://www.emedicinehealth.com/ask_do_blood_clots_go_away_on_their_own/article_em.htm")
add("Would I know if I were developing blood clots?", O, [], "https://www.emedicinehealth.com/ask_do_blood_clots_go_away_on_their_own/article_em.htm")
add("Will Blood Clots in the Leg Go Away on Their Own?", O, [], "https://biologyinsights.com/will-blood-clots-in-the-leg-go-away-on-their-own")
add("Can a leg blood clot go away on its own?", O, [], "https://www.onesteptohealth.net/blogs/can-a-leg-blood-clot-go-away-on-its-own")
add("What is Deep Vein Thrombosis (DVT)?", O, [], "https://visualfoodie.com/patient-education-on-dvt-symptoms-and-risks")
# near misses: autoimmune flares
add("What are flares?", O, [], "https://www.sharecare.com/health/immune-lymphatic-system-disorders/what-are-flare-ups")
add("Is there any treatment for paraneoplastic syndromes?", O, [], "https://www.sharecare.com/health/immune-lymphatic-system-disorders/what-are-flare-ups")
add("What are auto-immune diseases?", O, [], "https://www.sharecare.com/health/immune-lymphatic-system-disorders/what-are-flare-ups")
add("Are prescription medications available for granulomatosis with polyangiitis?", O, [], "https://www.sharecare.com/health/immune-lymphatic-system-disorders/what-are-flare-ups")
add("What Is Pediatric Autoimmune Neuropsychiatric OCD?", O, [], "https://www.sharecare.com/health/immune-lymphatic-system-disorders/what-are-flare-ups")
add("What is a flare?", O, [], "https://cf.examinecdn.com/categories/autoimmune-disease/faq/what-is-a-flare")
add("What Exactly Is an Autoimmune Flare?", O, [], "https://pharmaright.su/autoimmune-flares-common-triggers-proven-prevention-tactics-and-how-to-act-fast")
add("What Actually Happens During an Autoimmune Flare?", O, [], "https://totaldrugmart.su/autoimmune-flares-common-triggers-proven-prevention-strategies-and-how-to-act-early")
add("What Exactly Triggers Autoimmune Flares?", O, [], "https://6degree.org/autoimmune-flares-how-to-identify-triggers-and-prevent-them")
add("What Actually Happens During a Flare?", O, [], "https://drugswatcher.su/autoimmune-flares-common-triggers-proven-prevention-tactics-and-how-to-act-fast")

# WebMD questions for the doctor about a stem cell transplant (list numbers dropped)
add("What will happen after my stem cell transplant?", O, [], "http://www.webmd.com/cancer/stem-cell-transplant-12/questions-for-doctor?page=2")
add("How long until I can go back to my normal activities?", O, [], "http://www.webmd.com/cancer/stem-cell-transplant-12/questions-for-doctor?page=2")
add("Will I recover faster with a transplant using my own stem cells?", O, [], "http://www.webmd.com/cancer/stem-cell-transplant-12/questions-for-doctor?page=2")
add("How long before I know if the transplant was successful?", O, [], "http://www.webmd.com/cancer/stem-cell-transplant-12/questions-for-doctor?page=2")
add("What if the transplant fails?", O, [], "http://www.webmd.com/cancer/stem-cell-transplant-12/questions-for-doctor?page=2")

# near misses: tumours, fever/chills
add("Can a Benign Tumor Become Cancerous?", O, [], "http://answers.reference.com/Wellness/Conditions/can_a_benign_tumor_become_cancerous")
add("What is the difference between a benign tumor and a malignant one?", O, [], "http://eorthopod.com/faq/what-is-the-difference-between-a-benign-tumor-and-a-malignant-one/")
add("What Is the Difference Between Benign and Malignant Tumors?", O, [], "https://www.reference.com/world-view/difference-between-benign-malignant-tumors-7352ec964f7d324b")
add("What is a Benign tumor?", O, [], "https://informedmedicine.org/tag/what-is-a-benign-tumor")
add("what is a benign tumor and how is it different from a malignant tumor?", O, [], "https://www.womenhealthzone.com/general-health/malignant-and-benign-tumor/")
add("What causes chills without fever?", O, [], "https://healthtopquestions.com/what-causes-chills-without-fever/")
add("What Exactly Are Chills?", O, [], "https://eatsip365.com/understanding-the-symptom-of-chills-no-fever")

# near misses: injection lumps, nerves
add("Is it normal to have a lump after you get a shot?", O, [], "https://welly.it.com/lump-after-getting-a-shot")
add("Why Do Lumps Form After an Injection?", O, [], "https://welly.it.com/lump-after-getting-a-shot")
add("What Happens If An Injection Touches a Nerve?", O, [], "https://askvity.info/medical-procedures/what-happens-if-an-injection-touches-a-nerve")
add("Can an Injection Hit a Nerve?", O, [], "https://scienceinsights.org/can-an-injection-hit-a-nerve-signs-and-what-to-do")
add("What Happens If You Hit a Nerve While Injecting?", O, [], "https://scienceinsights.org/what-happens-if-you-hit-a-nerve-while-injecting")
add("How to tell if you hit a nerve injecting?", O, [], "https://medx.it.com/how-to-tell-if-you-hit-a-nerve-injecting")

G1 = "GitHub file, index id 37189617771 (OrthoFinder stem-cells-dir.netlify.app home page FAQPage schema)"
add("How much does stem cell therapy cost?", O, [], G1)
add("Is stem cell therapy covered by insurance?", O, [], G1)
add("What conditions can stem cell therapy treat?", O, [], G1)
add("Is stem cell therapy safe?", A, ALLRISK, G1)
G2 = "GitHub file, index id 56406220347 (Dubai clinic stem cell service page, FAQS list)"
add("What cells are used in stem cell therapy?", O, [], G2)
add("Is stem cell therapy a cure?", O, [], G2)
add("Who is not suitable for stem cell therapy?", O, [], G2)
add("How long does it take to notice a difference?", O, [], G2)
add("Does stem cell therapy involve surgery?", O, [], G2)
add("Can it be combined with other treatments?", O, [], G2)
add("How long does the procedure take?", O, [], G2)
add("What is the recovery time?", O, [], G2)
add("How is stem cell therapy different from PRP?", O, [], G2)
add("Am I a good candidate for stem cell therapy?", O, [], G2)
add("How much does stem cell therapy cost in Dubai?", O, [], G2)
add("Do I need a consultation first?", O, [], G2)

G3 = "GitHub file, index id 54628475534 (Nexus Clinic KL stem cell therapies page, faqData)"
add("Is stem cell therapy in Malaysia legal and regulated?", O, [], G3)
add("Which stem cell therapies are approved for use in Malaysia?", O, [], G3)
add("How many stem cell therapy sessions will I need?", O, [], G3)
add("Are the stem cells used at Nexus Clinic KL ethically sourced?", O, [], G3)
add("How does stem cell therapy compare to hormone replacement therapy for anti-aging?", O, [], G3)
add("Choosing stem cell therapy: What should I look for in a clinic?", A, [MIT, S8], G3)
add("Can stem cell therapy rejuvenate skin and improve appearance?", O, [], G3)
add("What is the difference between a mesenchymal stem cell (MSC) and other stem cells?", O, [], G3)
add("How do I know if I am a suitable candidate for stem cell therapy?", O, [], G3)
add("Does stem cell therapy interact with existing medications or treatments?", O, [], G3)

G4 = "GitHub file, index id 15885808519 (freestemcellreport.com/stem-cells-colombia, faqData)"
add("Is stem cell therapy legal in Colombia?", O, [], G4)
add("How much does stem cell treatment cost in Colombia?", O, [], G4)
add("What should I ask stem cell clinics?", O, [], G4)
add("Are stem cell treatments in Colombia FDA approved?", O, [], G4)
G5 = "GitHub file, index id 60236326466 (stem cell clinic directory home page, HOME_FAQS)"
add("How much does stem cell treatment cost?", O, [], G5)
add("What are the benefits of stem cell therapy?", O, [], G5)
add("Does stem cell therapy help with knee pain?", O, [], G5)
add("What are mesenchymal stem cells?", O, [], G5)
add("What is the difference between autologous and umbilical-cord therapy?", O, [], G5)
add("What is systemic cell therapy?", O, [], G5)

add("What is the recovery time for hip stem cell injections?", O, [], "GitHub file, index id 37405677280 (hip/spine stem cell page, FAQ questions)")
add("How long do results last for spine stem cell treatment?", O, [], "GitHub file, index id 37405677280 (hip/spine stem cell page, FAQ questions)")
add("What Is Stem Cell Treatment?", O, [], "GitHub file, index id 38993337318 (stem cell clinic page heading)")
add("What is adipose stem cell treatment?", O, [], "GitHub file, index id 35596887 (MARC Medical stem cell FAQ page)")

add("Is Stem Cell Therapy in Mexico Safe?", A, [S8, MIT], "GitHub file, index id 56798543993 (guide list entry slug is-stem-cell-therapy-in-mexico-safe; title cut before ' Risks & Red Flags (2026)')")

# near misses found with find_string (GitHub files; question text read from the excerpt)
add("Which city in India is best for bone marrow transplant?", O, [], "GitHub file, index id 70166144289 (bone marrow transplant page FAQ, bmt-faq-8)")
add("What is a bone marrow transplant?", O, [], "GitHub file, index id 7974132615 (bone marrow transplant page faqs)")
add("What are the conditions that requireBone Marrow Transplant?", O, [], "GitHub file, index id 42362243545 (hospital BMT FAQ accordion, key1)")
add("What is cord blood banking?", O, [], "GitHub file, index id 52530026494 (cord blood FAQ page)")
add("What does Aubrey de Grey (or other leading longevity researchers) think about cord blood banking?", O, [], "GitHub file, index id 15544282085 (longevity Q&A collection, heading)")
add("What are the benefits of cord blood banking?", O, [], "GitHub file, index id 35584615228 (cord blood Q&A API example question)")
add("What's the difference between public and private cord blood banking?", O, [], "GitHub file, index id 6423343082 (cord blood bank site FAQ)")
add("What Is Exosome Therapy?", O, [], "GitHub file, index id 56191971736 (regenerative clinic exosome page heading)")
add("What about exosome therapy?", O, [], "GitHub file, index id 52777972138 (regenerative medicine FAQ question)")
add("Who Should Opt for Exosome Therapy?", O, [], "GitHub file, index id 53745908643 (exosome therapy page heading)")
add("What is Stem Cell & Exosome Therapy?", O, [], "GitHub file, index id 12844115597 (clinic service page heading)")

add("Are there any side effects of PRP therapy?", O, [], "GitHub file, index id 66538686779 (aesthetic clinic site, PRP FAQ)")
add("What is PRP therapy?", O, [], "GitHub file, index id 59269638151 (orthopaedic clinic FAQ)")
add("How do I know if I am a candidate for stem cell or PRP therapy?", O, [], "GitHub file, index id 57899626335 (regenerative clinic FAQ, General & Safety)")
add("Can women undergo PRP therapy?", O, [], "GitHub file, index id 51919847549 (hair clinic PRP/GFC FAQ)")
add("How many sessions are required for Hair Restoration and PRP Therapy?", O, [], "GitHub file, index id 61383287070 (hair clinic site FAQ)")

add("What is Stem Cell Therapy Used for?", O, [], "https://www.justanswer.com/topics-stem-cell/")
add("What are the real risks of stem cell therapy?", A, ALLRISK, "https://stemcells-colombia.com/?p=239")
add("what exactly is stem cell therapy?", O, [], "https://stemcells-colombia.com/?p=239")

# near misses: wound infection
add("How will I know if my surgical wound is getting infected?", O, [], "https://www.healthtap.com/user_questions/25328-how-will-i-know-if-my-surgical-wound-is-getting-infected")
add("How do I know if my wound's infected?", O, [], "http://www.diseasesfaq.com/skin-conditions/skin-conditions-1-7570.html")
add("How do I know if my surgery wound is infected?", O, [], "https://www.quadronmusic.com/how-do-i-know-if-my-surgery-wound-is-infected/")
add("What are 3 signs or symptoms that your wound is infected?", O, [], "https://www.quadronmusic.com/how-do-i-know-if-my-surgery-wound-is-infected/")
add("How long after surgery do you have to worry about infection?", O, [], "https://www.quadronmusic.com/how-do-i-know-if-my-surgery-wound-is-infected/")
add("What does an infection look like after surgery?", O, [], "https://www.quadronmusic.com/how-do-i-know-if-my-surgery-wound-is-infected/")
add("Is my wound infected or just healing?", O, [], "https://www.quadronmusic.com/how-do-i-know-if-my-surgery-wound-is-infected/")
add("How can you tell if a wound is septic?", O, [], "https://www.quadronmusic.com/how-do-i-know-if-my-surgery-wound-is-infected/")
add("How do you know when an infection is serious?", O, [], "https://www.quadronmusic.com/how-do-i-know-if-my-surgery-wound-is-infected/")
add("I think I may have an infection, what do I do?", O, [], "https://orthogonow.com/faq/care-for-infection/")
add("What are the signs of a possible infection in an incision?", O, [], "https://my.clevelandclinic.org/health/treatments/15709-incision-care/risks--benefits")
add("What are the general risk factors for developing an infection?", O, [], "https://my.clevelandclinic.org/health/treatments/15709-incision-care/risks--benefits")

add("What Happens During HSCT?", O, [], "https://www.hsctlooksgoodonme.net/hsct")
add("Who is an ideal HSCT candidate?", O, [], "http://msfocus.org/MultipleSclerosisFoundation/media/Flipbook/MSfocus/spring2019/inc/html/19.html")
add("Is this my best hope for a better future with multiple sclerosis?", O, [], "https://forums.activemsers.org/forum/activemsers-org-forums/dave-s-sct-journey/597-five-reasons-not-to-get-hsct")

add("What are the symptoms of pulmonary embolism?", O, [], "GitHub file, index id 62206144961 (medical QA demo, example questions)")
add("What is the cause, presentation, and diagnosis of pulmonary embolism?", O, [], "GitHub file, index id 71596597226 (medical Q&A list, id q16)")
add("How did Bryan Johnson end up with an autoimmune disease?", O, [], "GitHub file, index id 56853912727 (reference list quoting a Northeastern University news headline)")
add("What is the rarest autoimmune disease?", O, [], "GitHub file, index id 55239330726 (health chatbot test questions, rare/edge cases)")
add("Why am I always tired?", O, [], "GitHub file, index id 55239330726 (health chatbot test questions, symptom)")
add("Can unexplained fatigue be an early sign of an autoimmune disease?", O, [], "GitHub file, index id 52121399212 (rheumatology clinic blog post title)")
add("Can you predict my risk of getting an autoimmune disease?", O, [], "GitHub file, index id 18604368441 (health assistant example prompts)")

add("What are Blood Clots?", O, [], "GitHub file, index id 55171537354 (vascular clinic page, heading in commented-out section)")
add("What prevents blood clots?", O, [], "GitHub file, index id 14333683927 (health app suggested questions)")
add("How can I improve circulation?", O, [], "GitHub file, index id 14333683927 (health app suggested questions)")

if __name__ == "__main__":
    import re
    md = Path(__file__).resolve().parents[3] / "knowledge" / "stem-cell-therapy-side-effects.md"
    heads = {re.sub(r"^#+\s*", "", l).strip() for l in md.read_text(encoding="utf-8").splitlines() if l.startswith("#")}
    heads.add(INTRO)
    out = []
    for q, label, secs, src in C:
        for s in secs:
            assert s in heads, s
        assert label in (A, O)
        if label == A:
            assert secs, q
        out.append({"question": " ".join(q.split()), "label": label, "expected_sections": secs, "source": src})
    Path(__file__).with_name("candidates.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(len(out), "candidates;", sum(r["label"] == A for r in out), "ANSWERABLE")
