"""Build all.jsonl for real_questions7 from hand-collected candidates (see SOURCES.md).
Candidates are copied verbatim from public sources (search tool, pages corpus; GitHub file index).
Dedupe against every other tests/data/**/*.jsonl: normalised text equal / contains / contained /
shares a 12-word run; plus duplicates within this file."""
import json, glob, re, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
def norm(s): return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s.lower())).strip()
def grams(n, k=12):
    w = n.split(); return {" ".join(w[i:i+k]) for i in range(len(w)-k+1)}
ex = []
for f in glob.glob(os.path.join(DATA, "**", "*.jsonl"), recursive=True):
    if os.path.abspath(f).startswith(HERE): continue
    for l in open(f, encoding="utf-8"):
        try: d = json.loads(l)
        except Exception: continue
        if isinstance(d, dict) and "question" in d: ex.append(norm(d["question"]))
exg = set()
for e in ex: exg |= grams(e)
def dup(q):
    n = norm(q)
    if any(n == e or (n and n in e) or (e and e in n) for e in ex): return True
    return bool(grams(n) & exg)
A='ANSWERABLE'; O='OUT_OF_SCOPE'
U='Understanding Stem Cell Therapy'; S1='1. Pain and Swelling at the Injection Site'; S2='2. Risk of Infection'; S3='3. Immune System Reactions'
S4='4. Tumor Formation and Uncontrolled Cell Growth'; S5='5. Blood Clots and Pulmonary Embolism'; S6='6. Neurological Complications'
S7='7. Autoimmune Reactions'; S8='8. Unregulated Clinics and Safety Concerns'; M='Mitigating Risks and Ensuring Safe Treatment'; F='Final Thoughts'
C='Common Side Effects of Stem Cell Therapy'; L='Less Common but Serious Side Effects'
cands = []
def add(q, l, s, src, kind=None, unsure=None):
    cands.append(dict(question=q, label=l, expected_sections=s, source=src, kind=kind, unsure=unsure))
# ---- candidates ----
# imascientist.org.uk (student question to scientists)
add("How is the safety of stem cells in patients guaranteed that it will not grow uncontrollably and perhaps form cancer one day. Are pregenitor cells perhaps safer to use? What else is considered to prevent this?",A,[S4,M],"stemcellm11.imascientist.org.uk: https://stemcellm11.imascientist.org.uk/question/how-is-the-safety-of-stem-cells-in-patients-guaranteed-that-it-will-not-grow-uncontrollably-and-perhaps-form-cancer-one-day.html ('Question:' label dropped)",'sc',unsure="article: tumour risk reduced by proper processing and screening (4) and lab-tested, screened cells (Mitigating); it says nothing on progenitor cells")
# briefly.co / Nature headline
add("Do stem-cell transplants increase cancer risk?",A,[S4],"briefly.co: https://briefly.co/anchor/OMG_science/story/do-stem-cell-transplants-increase-cancer-risk-long-lived-recipients-offer-clues (headline cut before ' Long-lived recipients offer clues')",'sc',unsure="asked about transplants (HSCT); article's tumour section is about stem cell therapy in general")
# realself
rs='realself.com: https://www.realself.com/question/facial-fat-craft-stem-cells'
add("Facial Fat Graft with or without Stem Cells?",O,[],rs,'sc')
add("Are stem cells really worth the price? Will frozen fat be good enough later on?",O,[],rs,'sc')
add("Is the “Stem Cell Facelift” Legit?",O,[],"realself.com: https://www.realself.com/news/stem-cell-facelift (headline cut before ' Doctors Weigh In ...')",'sc')
add("How are fat-derived stem cells being used in plastic surgery?",O,[],"realself.com: https://www.realself.com/news/stem-cell-facelift",'sc')
add("What are the risks associated with Fat Transfer and Stem cell procedures?",A,[C,L],"deserthillsplasticsurgery.com: https://www.deserthillsplasticsurgery.com/stem-cell-facelifts-stem-cell-breast-augmentation-natural-breast-augmentation-and-brazilian-butt-lift/",'sc',unsure="half of it (fat transfer) is not in the article; the stem-cell half is")
# baahkast (People-Also-Ask style page)
bk='baahkast.com: https://baahkast.com/why-do-stem-cells-cause-teratomas/'
add("Why do stem cells cause teratomas?",A,[S4,U],bk,'sc',unsure="article explains tumour risk from proliferation/improper differentiation but never says 'teratoma'")
add("How is a teratoma formed?",O,[],bk,'nm')
add("What are teratomas stem cells?",O,[],bk,'sc')
add("What cells give rise to teratomas?",O,[],bk,'nm')
add("Can IPSC form teratoma?",O,[],bk,'sc')
# celgen.expert FAQ
cg='celgen.expert: http://celgen.expert/faq/'
for q in ["Which kinds of stem cells are used in Stem Cell treatments?","What are autologous adult stem cells?","How are the stem cells collected?","How do adult stem cells work?","What is a Graft versus Host Disease (GvHD)?","What does Potency and Viability of Stem Cells mean?","How to improve the quality of stem cells used in treatments?","Why do adipose- (fat) derived stem cell treatments take more than one week?","How long is the procedure?","For what conditions can Stem Cell Therapy be most beneficial?","Does smoking or drinking affect the therapy?","Will I be prescribed any drugs?","How long till I see results?"]:
    add(q,O,[],cg,'sc')
add("Are adipose and umbilical cord tissue cells safe?",A,[M,U],cg,'sc',unsure="article names Wharton's Jelly MSCs as a reputable, lab-tested source and lists MSC risks; no word on adipose cells as such")
add("Are there any known side effects to Adult Stem Cell Therapy?",A,[C,L,U],cg,'sc')
# hair
add("Does Stem Cell Hair Treatment Work? And What Are The Risks?",O,[],"wimpoleclinic.com: https://wimpoleclinic.com/blog/stem-cell-hair-treatment",'sc',unsure="asks efficacy (not in article) and risks of a hair treatment (general risks apply); labelled OUT_OF_SCOPE because the first half and the hair-specific context are not covered")
add("Is stem cell therapy for hair safe and effective",O,[],"menhealth.in: https://menhealth.in/is-stem-cell-therapy-hair-treatment-effective-or-not/",'sc',unsure="safety + efficacy for hair; labelled OUT_OF_SCOPE like the wimpoleclinic line")
add("Can you give me more information on stem cell therapy?",O,[],"burlingtoncountytimes.com: https://www.burlingtoncountytimes.com/story/lifestyle/pets/2015/11/20/dogs-stem-cell-therapy/17542698007/ (reader letter 'Dear Dr. Lisa' about a dog with hip dysplasia; last sentence)",'sc')
add("What Are Exosomes?",O,[],"healthierrx.com: https://healthierrx.com/blog/what-are-exosomes-vs-stem-cells",'nm')
# closerlookatstemcells.org (ISSCR patient site) FAQ
cl='closerlookatstemcells.org: http://www.closerlookatstemcells.org/Frequent_Questions.html'
add("Are treatments using my own (autologous) stem cells safe? Why should these be regulated?",A,[S3,M],cl,'sc',unsure="article: autologous cells less likely to trigger an immune response (3), and regulation/reputable providers (Mitigating); it does not argue why autologous treatments should be regulated")
add("I talked with a clinic that said it would be isolating a type of stem cell called a mesenchymal stem cell from bone marrow, fat or blood. The doctor says that these cells will turn into the type of cells that are needed to treat my condition (heart cells/brain cells/liver cells). Is that correct?",O,[],cl,'sc')
add("What is peer-reviewed literature and why is it important? What does independently verified mean?",O,[],cl,'sc')
add("If I have this treatment, could it affect whether I get into a clinical trial in the future?",O,[],"closerlookatstemcells.org: https://www.closerlookatstemcells.org/stem-cells-medicine/stem-cell-treatments-what-to-ask/",'sc')
# clinic site source (Dr. Neema Bhat, Bangalore BMT) FAQ tuples
nb='GitHub file, index id 71038042277 (Dr. Neema Bhat hematology/BMT clinic site generator, bmt() faqs)'
for q in ["Is a bone marrow transplant only for cancer?","Who can be a donor?","How is a donor matched?","Is donating stem cells safe for the donor?","How long is the hospital stay?","What happens after discharge?"]:
    add(q,O,[],nb,'sc')
add("Is the stem cell infusion painful?",O,[],nb,'sc',unsure="transplant infusion (drip); the article covers pain after injections, not during an IV infusion")
# COPD pages
tz='tzvicraft.com: http://tzvicraft.com/2023/04/24/diagnosed-with-copd-consider-stem-cell-treatment/'
add("Does stem cell treatment hurt?",A,[S1],tz,'sc',unsure="page means bone-marrow harvest pain; the article covers only injection-site pain afterwards")
add("How long does it take to feel the effects?",O,[],tz,'sc')
# near misses: transplant rejection / neutropenic fever
add("How and why does the body reject a transplanted kidney? What happens then?",O,[],"endpkd.ca: https://www.endpkd.ca/how_and_why_does_the_body_reject_a_transplanted_kidney_what_happens_then",'nm')
add("What is a neutropenic fever?",O,[],"oncolink.org: https://www.oncolink.org/cancer-treatment/hospital-helpers/oncologic-emergencies/neutropenic-fever",'nm')
# near misses: blood draw nerve injury
add("Why Does My Arm Feel Numb After Getting Blood Drawn?",O,[],"biologyinsights.com: https://biologyinsights.com/why-does-my-arm-feel-numb-after-getting-blood-drawn",'nm')
add("What Happens If They Hit a Nerve When Drawing Blood?",O,[],"biologyinsights.com: https://biologyinsights.com/what-happens-if-they-hit-a-nerve-when-drawing-blood",'nm')
add("How Common Is Nerve Involvement During Phlebotomy?",O,[],"ytrove.com: https://www.ytrove.com/topic/26619",'nm')
# near misses: vaccine lymph nodes
add("My lymph nodes in my armpit swelled after the COVID-19 vaccine. I just got the flu vaccine and my armpit lymph nodes are swelled again. Is this normal? Why does this happen?",O,[],"nebraskamed.com: https://www.nebraskamed.com/COVID/why-do-my-lymph-nodes-swell-after-vaccination (reader question)",'nm')
add("Why would the vaccines cause swollen lymph nodes?",O,[],"healthtalk.unchealthcare.org: https://healthtalk.unchealthcare.org/swollen-lymph-nodes-can-be-vaccine-side-effect/",'nm')
add("Is It Normal For Your Lymph Nodes To Swell After Getting A Vaccine?",O,[],"healthdigest.com: https://www.healthdigest.com/630376/is-it-normal-for-your-lymph-nodes-to-swell-after-getting-a-vaccine/",'nm')
# near misses: travel clots
ch='catholichealthli.org: https://www.catholichealthli.org/blog/long-travel-and-blood-clots-what-you-should-know'
add("What are the risk factors for blood clots?",O,[],ch,'nm')
add("Can I reduce my risk for blood clots while traveling?",O,[],ch,'nm')
# near misses: Botox
add("Eyelid droop after botox possible?",O,[],"solomonplasticsurgery.com: https://www.solomonplasticsurgery.com/eyelid-droop-after-botox-possible/",'nm')
add("Please tell me about possible side effects after Botox injection.",O,[],"plazaclinic.net: https://plazaclinic.net/0912d2017",'nm')
add("What Causes Eyelid-Drooping After Botox?",O,[],"reference.com: https://www.reference.com/health/causes-eyelid-drooping-after-botox-2b786617341dbbf",'nm')
add("What are the possible side effects?",A,[C,L],"evolutionaesthetics.co.za: http://evolutionaesthetics.co.za/FAQbx9.html (FAQ item, bullet dropped)",'vague',unsure="vague message: on its page it is about Botox; typed to this bot it asks about stem-cell side effects, which the article lists")
# insurance / legality / cord blood (stem-cell OUT_OF_SCOPE)
rm='remedigap.com: https://www.remedigap.com/faq/tests-services/does-medicare-cover-stem-cell-injections-therapies-and-treatments/'
add("Does Medicare Cover Stem Cell Injections, Therapies and Treatments?",O,[],rm,'sc')
add("does medicare pay for stem cell therapy?",O,[],rm,'sc')
add("Does Medicare cover stem cell treatment and hyaluronic acid (HA) injections for knee osteoarthritis?",O,[],"droracle.ai: https://www.droracle.ai/articles/409729/does-medicare-cover-stem-cell-treatment-and-hyaluronic-acid",'sc')
tfm='treatment-faq.com: https://treatment-faq.com/why-medicaire-insurance-does-not-cover-stem-cells-treatment-arthritis'
add("Does Medigap cover stem cell therapy?",O,[],tfm,'sc')
add("Does Medicare cover autologous stem cell transplantation?",O,[],tfm,'sc')
add("Why is stem cell therapy not covered by insurance?",O,[],tfm,'sc')
add("Where Is Stem Cell Therapy Legal?",O,[],"biologyinsights.com: https://biologyinsights.com/where-is-stem-cell-therapy-legal",'sc')
add("Are You Allowed to Use Your Own Stem Cells Without Restriction?",O,[],"stemcelltherapy.cc: https://stemcelltherapy.cc/2014/09/are-you-allowed-to-use-your-own-stem-cells-without-restriction-part-3/ (title, ' (Part 3)' dropped)",'sc')
add("Should you opt for private or public cord blood banking?",O,[],"whattoexpect.com: https://www.whattoexpect.com/pregnancy/cord-blood/public-vs-private-cord-blood-banking/",'sc')
add("Family or public cord blood banking?",O,[],"insception.com: https://www.insception.com/cord-blood-101/public-donation/",'sc')
# medical tourism / choosing a clinic
bm='us-uk.bookimed.com: https://us-uk.bookimed.com/article/stem-cell-regulations'
add("Are Stem Cells Legal in the US?",O,[],bm,'sc')
add("What are the FDA-approved stem cell therapies?",O,[],bm,'sc')
add("So how does a medical tourist know which are safe clinics abroad?",A,[S8,M],"medicaltourismmag.com: https://www.medicaltourismmag.com/article/stem-cell-therapies-discerning-safe-clinics-abroad",'sc',unsure="article gives criteria (reputation, credentials, safety standards, regulatory environment, lab-tested cells) but no country-by-country or verification how-to")
add("What exactly is the product?",O,[],"celldecide.com: https://www.celldecide.com/questions-to-ask-stem-cell-clinic (checklist question to a clinic)",'sc')
add("Who reviews or oversees this use, where it is being offered?",O,[],"celldecide.com: https://www.celldecide.com/questions-to-ask-stem-cell-clinic (checklist question to a clinic)",'sc')
add("What is the exact name of the product you propose to administer, and who is the manufacturer?",O,[],"findmystem-s3lknc4h.manus.space: https://findmystem-s3lknc4h.manus.space/patient-challenge-sheet",'sc')
add("What is your operating-notice number, and where can I verify it?",O,[],"regeneristherapy.com: https://www.regeneristherapy.com/en/stem-cells/how-to-choose-clinic",'sc')
add("Autologous vs Allogeneic Stem Cells: Your Own Cells or a Donor's?",A,[S3],"cureonv4.pages.dev: https://cureonv4.pages.dev/journal/autologous-vs-allogeneic-stem-cells/",'sc',unsure="choice question; the article answers only the safety side (own cells less likely to trigger immune response, donor cells higher rejection risk)")
# back-pain stem cell clinic FAQs
cc='coloradoclinic.com: https://coloradoclinic.com/stem-cell-therapy-faqs-from-colorado-clinic/'
add("Why are stem cell injections given?",O,[],cc,'sc')
add("Who is a good candidate to receive stem cell therapy?",O,[],cc,'sc')
add("What can I expect before the procedure?",O,[],cc,'sc')
add("Do Stem Cell Injections Work for Back Pain?",O,[],"yorbalinda-chiropractor.com: https://yorbalinda-chiropractor.com/do-stem-cell-injections-work-for-back-pain/",'sc')
# HealthSearchQA near misses (share article words: infection, tumour, fever, malignant)
H='HealthSearchQA (Singhal et al. 2022, consumer search queries), copy in GitHub shr7q/MedQA: data/corpus.json (index file id 36224410398; entry with this exact text)'
for q in ["Are dental abscesses serious?","Are lipomas serious?","Are soft tissue sarcomas always malignant?","Can a bone cyst be cancerous?","Can benign prostate turn into cancer?","Can sepsis be cured?","Can you survive a brain abscess?","Can you pop an abscess?","Can Q fever be cured?","Can you survive from yellow fever?","Can encephalitis be cured?","Can night sweats be serious?"]:
    add(q,O,[],H,'nm')
for q in ["Is pyoderma gangrenosum life threatening?","Is sarcoidosis a serious condition?","What are 3 types of fatigue?","What are 3 causes of erythema?","What are testicular cancer lumps like?","What are first meningitis symptoms?","Is tonsillitis serious?"]:
    add(q,O,[],H,'nm')
add("So, how do you make sure your stem cell treatment is approved and safe?",A,[M,S8],"zaggocare.org: https://zaggocare.org/dangers-stem-cell-clinics/",'sc',unsure="the 'safe' half is covered (reputable providers, lab-tested cells, regulatory environment); the article does not explain how to check approval status")
# stem cell skincare / dental stem cells (stem-cell OUT_OF_SCOPE)
add("Do Stem Cell Face Creams Really Work?",O,[],"bostonmagazine.com: http://www.bostonmagazine.com/health/blog/2013/01/08/stem-cell-face-creams/ (headline, 'Ask a Doctor:' dropped)",'sc')
add("Apple Stem Cells: The Next Anti-Aging Phenomena?",O,[],"reflectionscenter.com: https://www.reflectionscenter.com/apple-stem-cells-the-next-anti-aging-phenomena/",'sc')
add("Do Stem Cells in Skincare Work?",O,[],"hilarysays.com: https://hilarysays.com/blogs/skincare/do-stem-cells-in-skincare-work",'sc')
sat='store-a-tooth.com: https://www.store-a-tooth.com/why-teeth-faq.php'
add("What are dental stem cells?",O,[],sat,'sc')
add("What makes dental stem cells so unique?",O,[],sat,'sc')
add("What is the difference between dental stem cells and cord blood stem cells?",O,[],sat,'sc')
# near misses: iron infusion reactions
add("Can an Iron Infusion Make You Sick?",O,[],"scienceinsights.org: https://scienceinsights.org/can-an-iron-infusion-make-you-sick",'nm')
add("What are negative reactions to iron infusions?",O,[],"ntro.it.com: https://ntro.it.com/what-are-negative-reactions-to-iron-infusions",'nm')
add("What Does Iron Flu Feel Like After an Infusion?",O,[],"ntro.it.com: https://ntro.it.com/what-does-iron-flu-feel-like-after-an-infusion",'nm')
add("Is Stem Cells Hope to Halt the Progression of ALS?",O,[],"mayfair-london.co.uk: https://www.mayfair-london.co.uk/2023/11/15/",'sc')
add("Have any of you heard of this new treatment/research?",O,[],"allnurses.com: https://allnurses.com/general-nursing-discussion/stem-cell-therapy-22858.html (forum post about a stem-cell research project for a father with Parkinson's; last-but-one sentence)",'vague')
add("Could a cure for erectile dysfunction be on the horizon?",O,[],"getmegiddy.com: https://getmegiddy.com/stem-cells-ED-cure",'sc')
add("What causes Peyronie’s Disease?",O,[],"innovationsmedical.com: https://innovationsmedical.com/stem-cell-therapy/peyronies-disease/ (FAQ 'Q: 1.' dropped)",'nm')
# near misses: cortisone shots
vw='verywellhealth.pages.dev: https://verywellhealth.pages.dev/posts/what-is-a-cortisone-flare-causes-side-effects-coping'
add("What Causes a Cortisone Flare?",O,[],vw,'nm')
add("How Long Do Cortisone Flares Last?",O,[],vw,'nm')
add("How do I know if I need a cortisone injection?",O,[],"profaccred.com: https://profaccred.com/how-do-i-know-if-i-need-a-cortisone-injection-news-yale-medicine/ (Yale Medicine article title, cut before ' > News > Yale Medicine')",'nm')
so='stemcellorthopedicinstituteoftexas.com: https://stemcellorthopedicinstituteoftexas.com/adult-stem-cell-therapy/after-stem-cell-therapy/'
add("What can I expect post procedure?",O,[],so,'sc',unsure="page answer lists mild pain for 48-72 h among aftercare instructions; the question asks about aftercare/expectations, which the article does not cover beyond injection-site pain; labelled OUT_OF_SCOPE")
add("When can I resume physical activity?",O,[],so,'sc')
# near misses: injection lumps, infection-triggered autoimmunity, vaccine fever
add("Is it normal to get a hard lump after an injection?",O,[],"medx.it.com: https://medx.it.com/is-it-normal-to-get-a-hard-lump-after-an-injection",'nm')
add("What to do if you get a lump after an injection?",O,[],"welly.it.com: https://welly.it.com/what-to-do-if-you-get-a-lump-after-an-injection-a-complete-guide (title cut before ' A complete guide')",'nm')
add("Which autoimmune disorder is usually triggered by a bacterial or viral infection",O,[],"acibademhealthpoint.com: https://www.acibademhealthpoint.com/which-autoimmune-disorder-is-usually-triggered-by-a-bacterial-or-viral-infection",'nm')
add("Why do some people get side effects after COVID-19 vaccines?",O,[],"gorgenewscenter.com: https://gorgenewscenter.com/2021/06/10/why-do-some-people-get-side-effects-after-covid-19-vaccines/",'nm')
add("Why Does The COVID-19 Vaccine Sometimes Cause A Fever?",O,[],"laist.com: https://laist.com/news/ask-an-expert-whats-up-with-vaccine-side-effects (headline, 'Ask An Expert:' dropped)",'nm')
mg='mcgill.ca: https://www.mcgill.ca/oss/article/covid-19-health/i-felt-sick-after-getting-vaccine-why'
add("I Felt Sick After Getting a Vaccine. Why?",O,[],mg,'nm')
add("Why get a flu shot if it’s going to give you the flu?",O,[],mg+" (the author's own remembered question, quotation marks dropped)",'nm')
add("Fever after vaccination why",O,[],"alexacabs.in: https://alexacabs.in/fever-after-vaccination-why.html",'nm')
# how long / how many (stem-cell OUT_OF_SCOPE)
add("How many treatments are required to give me the best outcome attainable for my problem?",O,[],"drshiple.com: https://drshiple.com/patient-info/faqs/53-q-how-many-treatments-are-required-to-give-me-the-best-outcome-attainable-for-my-problem ('Q.' dropped)",'sc')
add("Is Stem Cell Therapy Permanent?",O,[],"biologyinsights.com: https://biologyinsights.com/is-stem-cell-therapy-permanent",'sc')
add("Is stem cell treatment permanent, or is it only a temporary solution?",O,[],"viezec.com: https://www.viezec.com/is-stem-cell-treatment-permanent-or-temporary",'sc')
add("How Long Does Stem Cell Therapy Last?",O,[],"hrtmedical.net: https://hrtmedical.net/how-long-does-stem-cell-therapy-last/",'sc')
add("How Long Do Stem Cells Live",O,[],"hrtmedical.net: https://hrtmedical.net/how-long-does-stem-cell-therapy-last/ (section heading)",'sc')
for q in ["What is the most common cause of venous thrombosis?","What is the most common cause of thrombophilia?","What is the most common cause of arterial embolism?","What is the most common cause of septic shock?","What is the main cause of lipoma?","What is the most common complication of urethral catheterization?","What is the most common brain tumour?"]:
    add(q,O,[],H,'nm')

# stem-cell / marrow donation FAQs (stem-cell OUT_OF_SCOPE)
pm='projectmarrow.org: https://www.projectmarrow.org/faq.htm'
for q in ["What are the conditions to become a donor?","Is there a cost associated with becoming a donor? Who pays for the hospital expenses?","When you join the registry, can you just join for one person in particular or are you on the list for everyone?","Can I change my mind about donating?"]:
    add(q,O,[],pm,'sc')
add("Is stem cell or bone marrow donation painful? Are there any side effects?",O,[],pm,'sc',unsure="side effects of donating cells (for the donor), not of receiving stem cell therapy; labelled OUT_OF_SCOPE")
md='marrowdrives.org: http://marrowdrives.org/cristina/marrow-donation-faq.html ("Question:" label dropped)'
add("I've heard giving bone marrow is really painful. Is this true?",O,[],md,'sc')
add("I've heard they take the marrow directly from your spine. Is this true?",O,[],md,'sc')
add("Can you be a marrow match for someone who has a different blood type then your own?",O,[],md,'sc')
add("Would you be willing to try this?",O,[],"thesavvydiabetic.com: https://thesavvydiabetic.com/research-news-reversing-inflammation-could-cure-diabetes/ (blog question to readers about MSC therapy for type 1 diabetes)",'vague')
add("How Close Are We To Curing Diabetes Type 1?",O,[],"thinkingsquares.com: https://www.thinkingsquares.com/tag/curing",'nm')
# near misses: flying after a clot
add("Can You Fly If You Have Had a Pulmonary Embolism?",O,[],"advancestudy.org: https://advancestudy.org/?p=27628",'nm')
add("How Long Before You Can Fly After a Pulmonary Embolism?",O,[],"muaacclienquan.com: https://muaacclienquan.com/index.php/2025/07/20/how-soon-after-a-pulmonary-embolism-can-you-safely-fly (section heading)",'nm')

# ---- dedupe and write ----
seen = set(); keep = []; dropped = []
for c in cands:
    n = norm(c["question"])
    if dup(c["question"]) or n in seen:
        dropped.append(c); continue
    seen.add(n); keep.append(c)
with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
    for c in keep:
        f.write(json.dumps({k: c[k] for k in ("question", "label", "expected_sections", "source")}, ensure_ascii=False) + "\n")
if __name__ == "__main__":
    print(len(cands), "candidates;", len(dropped), "dropped as duplicates;", len(keep), "written")
    for c in dropped: print("DROPPED", c["question"])
    print(collections.Counter((c["label"], c["kind"]) for c in keep))
    g = collections.Counter(re.split(r"[,:(]", c["source"])[0].strip() for c in keep)
    for k, v in g.most_common(): print(v, k)
    for c in keep:
        if c["unsure"]: print("UNSURE", c["label"], c["expected_sections"], c["question"], "|", c["unsure"])
