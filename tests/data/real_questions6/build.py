"""Build all.jsonl for real_questions6 from hand-collected candidates (see SOURCES.md).
Candidates are copied verbatim from public sources; dedupe against every other tests/data/**/*.jsonl."""
import json, glob, re, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
def norm(s): return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s.lower())).strip()
ex = []
for f in glob.glob(os.path.join(DATA, "**", "*.jsonl"), recursive=True):
    if os.path.abspath(f).startswith(HERE): continue
    for l in open(f, encoding="utf-8"):
        try: d = json.loads(l)
        except Exception: continue
        if isinstance(d, dict) and "question" in d: ex.append(norm(d["question"]))
def dup(q):
    n = norm(q)
    return any(n == e or (n and n in e) or (e and e in n) for e in ex)
# (question, label, sections, source)
A='ANSWERABLE'; O='OUT_OF_SCOPE'
U='Understanding Stem Cell Therapy'; S1='1. Pain and Swelling at the Injection Site'; S2='2. Risk of Infection'; S3='3. Immune System Reactions'
S4='4. Tumor Formation and Uncontrolled Cell Growth'; S5='5. Blood Clots and Pulmonary Embolism'; S6='6. Neurological Complications'
S7='7. Autoimmune Reactions'; S8='8. Unregulated Clinics and Safety Concerns'; M='Mitigating Risks and Ensuring Safe Treatment'; F='Final Thoughts'
C='Common Side Effects of Stem Cell Therapy'; L='Less Common but Serious Side Effects'
cands=[]
def add(q,l,s,src,kind=None,unsure=None): cands.append(dict(question=q,label=l,expected_sections=s,source=src,kind=kind,unsure=unsure))
# meltingpointathens
mp='meltingpointathens.com: https://www.meltingpointathens.com/is-a-fever-normal-after-a-bone-marrow-transplant/'
add("Is a fever normal after a bone marrow transplant?",A,[S2,S3],mp,unsure="BMT fever; article says fever can come from infection (2) or immune reaction to donor cells (3), not whether it is 'normal'")
add("Does a bone marrow transplant make you sick?",O,[],mp,'sc')
add("What is engraftment fever?",O,[],mp,'sc')
add("What is engraftment in bone marrow transplant?",O,[],mp,'sc')
add("What is allogeneic BMT?",O,[],mp,'sc')
add("Can your body reject the bone marrow transplant?",A,[S3,U],mp,unsure="BMT rejection; article: donor (allogeneic) cells carry higher risk of immune rejection")
add("Why are bone marrow transplant patients at high risk for infection?",O,[],mp,'sc')
add("What is bone marrow engraftment?",O,[],mp,'sc')
# experts123
add("Are there complications of a bone marrow transplant?",O,[],"experts123.com: https://experts123.com/q/are-there-complications-of-a-bone-marrow-transplant.html",'sc',unsure="general BMT complications (GVHD, chemo effects) not in the article; labelled OUT_OF_SCOPE")
add("Considering the common sources of stem cells, are the risks of rejection the same from each source?",A,[S3,U],"experts123.com: https://experts123.com/q/considering-the-common-sources-of-stem-cells-are-the-risks-of-rejection-the-same-from-each-source.html")
# webmd transplant questions page
wm='webmd.com: http://www.webmd.com/cancer/stem-cell-transplant-12/questions-for-doctor?page=2'
add("What will happen after my stem cell transplant?",O,[],wm,'sc')
add("Will I recover faster with a transplant using my own stem cells?",O,[],wm,'sc')
add("How long before I know if the transplant was successful?",O,[],wm,'sc')
# forum
add("Reasons for fever after transplant",O,[],"forum.lifewithmultiplemyeloma.org: https://forum.lifewithmultiplemyeloma.org/t/reasons-for-fever-after-transplant/282",'sc')
# stemcellorthopedicinstituteoftexas
add("Do the STEM CELLS stay localized to the injection site? Is there any risk of them traveling throughout the body?",O,[],"stemcellorthopedicinstituteoftexas.com: https://stemcellorthopedicinstituteoftexas.com/faqs/do-the-stem-cells-stay-localized-to-the-injection-site-is-there-any-risk-of-them-traveling-throughout-the-body/",'sc')
# droracle
add("What is the management approach for a patient with a low-grade fever following a stem cell infusion, with otherwise stable hemodynamics?",O,[],"droracle.ai: https://www.droracle.ai/articles/804194/what-is-the-management-approach-for-a-patient-with",'sc')
# cellbasedmedicine
add("Are Adult Stem Cells Safe?",A,[U,C,M],"cellbasedmedicine.org: https://cellbasedmedicine.org/safety/",unsure="general safety question; article lists risks of (adult/MSC) stem cell therapy")
# clinic FAQ pages
pp='painmanagementphiladelphia.com: https://painmanagementphiladelphia.com/treatments/stem-cell-injection/'
add("What conditions are treated with stem cell injections?",O,[],pp,'sc')
add("What are the benefits of a stem cell injection?",O,[],pp,'sc')
add("What joints can be injected with stem cells?",O,[],pp,'sc')
add("Who is a candidate for the stem cell injection procedure?",O,[],pp,'sc')
us='uspainnetwork.com: http://uspainnetwork.com/stem-cell-injections/'
add("How do stem cells help with injuries and chronic damage?",O,[],us,'sc')
add("Which joints can be injected using stem cells?",O,[],us,'sc')
add("How do I prepare for a stem cell injection procedure?",O,[],us,'sc')
add("How is the stem cell procedure done?",O,[],us,'sc')
pn='painmanagementnashville.com: https://www.painmanagementnashville.com/treatments/stem-cell-therapy/'
add("Why are stem cells injected?",O,[],pn,'sc')
add("What conditions can be treated with stem cell injections?",O,[],pn,'sc')
add("How is the stem cell injection procedure performed?",O,[],pn,'sc')
vp='virginiapain.org: https://virginiapain.org/non-surgical-treatments/stem-cell-injections/'
add("What is a stem cell injection?",O,[],vp,'sc')
add("Am I a candidate for stem cell injection?",O,[],vp,'sc')
add("How long will the stem cell injection procedure take?",O,[],vp,'sc')
ts='tristemcells.com: http://tristemcells.com/faq/'
add("What are the main advantages of stem cell therapy?",O,[],ts,'sc')
nt='northtexasstemcells.com: http://www.northtexasstemcells.com/faqs.html'
add("How do stem cells work to promote healing?",O,[],nt,'sc')
# more pages
add("What is your opinion about getting stem cell treatment in Mexico?",O,[],"mexiconewsdaily.com: https://mexiconewsdaily.com/mexicolife/stem-cell-treatment-not-advised-at-present/",'sc',unsure="reader asks for opinion on Mexico clinics; article (section 8) speaks of unregulated locations in general but not Mexico; labelled OUT_OF_SCOPE")
add("What Are the Risks of Stem Cell Tourism?",A,[S8,M],"luxurytraveldiva.com: https://luxurytraveldiva.com/what-are-the-risks-of-stem-cell-tourism")
add("What is Stem Cell Tourism?",O,[],"medicaltourism.com: https://www.medicaltourism.com/articles/stem-cell-tourism-weighing-the-risks-and-benefits",'sc')
add("WHAT IS THE BEST METHODOLOGY FOR INJECTING THE STEM CELLS?",O,[],"nmstemcell.com: https://nmstemcell.com/faq/",'sc')
add("Are umbilical cord MSCs safe when given into the bloodstream?",A,[S3,S5,S2],"cureonv4.pages.dev: https://cureonv4.pages.dev/journal/are-stem-cell-infusions-safe/",unsure="IV donor (allogeneic) MSCs; article covers immune reactions to donor cells, clots, infection, but not the IV route specifically")
add("What does a 2026 systematic review say about the safety of intravascular umbilical cord MSC therapy?",O,[],"cureonv4.pages.dev: https://cureonv4.pages.dev/journal/are-stem-cell-infusions-safe/",'sc')
add("Do mesenchymal stem cells enhance risk of tumor?",A,[S4,U],"viezec.com: https://www.viezec.com/science/stem-cell-no-tumor-risk/")
add("Are Stem Cell Knee Injections Safe?",A,[S1,S2,C],"denverregenerativemedicine.com: https://denverregenerativemedicine.com/are-stem-cell-knee-injections-safe/",unsure="knee injections; article's injection-site pain/swelling and infection sections apply, nothing knee-specific")
add("Can Stem Cell-Based Therapies Revolutionize Treatment for Knee Osteoarthritis?",O,[],"selfgrowth.com: https://selfgrowth.com/print/12897189",'sc')
add("Is stem cell therapy for knees a good idea?",O,[],"trans-bio-tex.com: https://trans-bio-tex.com/2021/04/07/fact-checking-stem-cell-therapy-for-knees-data-costs-risks/",'sc')
# near misses (pages)
add("My husband had a flu shot this morning and is aching all over and shaking with chills. Is this a usual side effect?",O,[],"askthedoctor.com: https://www.askthedoctor.com/reaction-to-flu-vaccine-176464",'nm')
add("What does it mean when the flu shot causes muscle weakness, fatigue, and chills for 3 days?",O,[],"droracle.ai: https://www.droracle.ai/articles/452082/what-does-it-mean-when-the-flu-shot-causes",'nm')
add("What is the cause of my spinal tap pain?",O,[],"healthtap.com: https://www.healthtap.com/user_questions/106040-what-is-the-cause-of-my-spinal-tap-pain",'nm')
add("What is a post-lumbar puncture headache?",O,[],"experts123.com: https://experts123.com/q/what-is-a-post-lumbar-puncture-headache.html",'nm')
add("Can a Spinal Tap Cause Nerve Damage?",O,[],"biologyinsights.com: https://biologyinsights.com/can-a-spinal-tap-cause-nerve-damage-2",'nm')
add("What to Expect After a Cortisone Shot in the Knee?",O,[],"biologyinsights.com: https://biologyinsights.com/what-to-expect-after-a-cortisone-shot-in-the-knee",'nm')
# HealthSearchQA near misses
H='HealthSearchQA (Singhal et al. 2022, consumer search queries), copy in GitHub shr7q/MedQA: data/corpus.json@c90c91546c106a8c992162d0be93d295821b00b4 (index file id 36224410398; entry with this exact text)'
for q in ["Are benign brain tumors serious?","Can a kidney infection go away by itself?","Can you survive an embolism?","Can you survive a sepsis infection?","Can you live with a benign tumor in your brain?","Are swollen ankles serious?","Can oedema be serious?","Can dizziness be serious?","Can lipomas go cancerous?","Can rheumatic fever go undiagnosed?","Can cellulitis go away on its own?","Are human bites more infectious than animal bites?","Can you be cured of lupus?","Can damaged cartilage repair itself?","Does pus mean infection or healing?","Does pus mean infected?","Does polymyalgia rheumatica ever go away?","Does reactive arthritis ever go away?","How can I relieve joint pain?","How do I get rid of inflammation in my joints?","How do I get rid of my headache?","How can I stop feeling dizzy?","How can I get rid of swollen ankles?","How can you tell if you have a kidney infection?","How do I know if my chest infection is viral or bacterial?","How do I know if my dizziness is heart related?","Does scarlet fever still exist today?","Does yellow fever still exist today?","Can you survive dengue fever?","How can I treat my back pain?","How can I tell if shoulder pain is serious?","Does nodule mean cancer?"]:
    add(q,O,[],H,'nm')
add("What Are the Risks of Donating Stem Cells for Transplant?",O,[],"lymphoma.about.com: http://lymphoma.about.com/od/treatment/f/stemrisk.htm",'sc')
add("What are the risks for the stem cell donor?",O,[],"experts123.com: https://experts123.com/q/what-are-the-risks-for-the-stem-cell-donor.html",'sc')
tl='tlr.org.au: https://tlr.org.au/?p=650'
add("What Are the Risks of Donating Stem Cells?",O,[],tl,'sc')
add("Is stem cell donation safe?",O,[],tl,'sc')
add("What are the risks of donating through the blood?",O,[],tl,'sc')
add("Is donating stem cells dangerous or harmful?",O,[],"veripalvelu.fi: https://www.veripalvelu.fi/en/faq/donating-stem-cells-safety/",'sc')
pg='parentsguidecordblood.org: http://parentsguidecordblood.org/faqs.php?tag=2'
add("What questions should parents ask a Family Bank about collecting cord blood?",O,[],"parentsguidecordblood.org: http://parentsguidecordblood.org/faqs/what-questions-should-parents-ask-a-family-bank-about-collecting-cord-blood",'sc')
add("Do I need to store the cord blood in the country where I plan to use it?",O,[],pg,'sc')
add("If I banked privately for one child, do I need to do it for additional children?",O,[],pg,'sc')
qc='question.com: https://question.com/why-is-umbilical-cord-blood-banking-necessary-633010.html'
add("Why is Umbilical cord blood banking necessary?",O,[],qc,'sc')
add("Is Umbilical cord blood banking worth for most people?",O,[],qc,'sc')
sc='savethecordfoundation.org: http://www.savethecordfoundation.org/cord-blood-facts/cord-blood-faq/'
add("Why didn’t my doctor talk to me about cord blood options?",O,[],sc,'sc')
add("Does cord blood collection interfere with the birth?",O,[],sc,'sc')
add("What is the difference between private cord blood banking and public cord blood banking/donation?",O,[],sc,'sc')
add("Are cord blood stem cells different than other types of stem cells?",O,[],sc,'sc')
ms='mssociety.org.uk: https://www.mssociety.org.uk/about-ms/treatments-and-therapies/disease-modifying-therapies/hsct/hsct--what-to-expect'
add("Am I eligible for HSCT?",O,[],ms,'sc')
add("What are the risks of HSCT?",O,[],ms,'sc',unsure="HSCT for MS: its main risks come from the chemotherapy (infections, cancer, autoimmune thyroiditis, fertility); article's generic infection/tumour/autoimmune sections overlap only loosely; labelled OUT_OF_SCOPE")
add("What are the benefits of HSCT?",O,[],ms,'sc')
add("What happens during HSCT?",O,[],ms,'sc')
add("Who is an ideal HSCT candidate?",O,[],"msfocus.org: http://msfocus.org/MultipleSclerosisFoundation/media/Flipbook/MSfocus/spring2019/inc/html/19.html",'sc')
add("How does HSCT for MS work?",O,[],"shift.ms: https://pages.shift.ms/learn-about-ms/ms-treatment/hsct-treatment-for-ms",'sc')
for q in ["Is pyoderma gangrenosum an autoimmune disease?","Is Q fever serious?","Is sarcoidosis an autoimmune disease?","Is scarlet fever really contagious?","Is uveitis an autoimmune disease?","Is vasculitis a serious disease?","Is vertigo a serious thing?","Is tingling normal?","Is vestibular schwannoma serious?","Should you squeeze pus out?","What are 5 common symptoms of septic shock?","What are 5 signs of bacterial meningitis?","What are body lumps?","What are swollen ankles a symptom of?","What are muscle aches signs of?","What are signs and symptoms of a UTI in adults?","Is temporal arteritis life threatening?","What are 4 common triggers for anaphylaxis?","What are the 3 causes of infection?","What are the 3 symptoms of sepsis?","What are the 3 types of the brain tumor?","What are the 4 types of infections?","What are the 4 types of swelling?","What are the 4 types of headaches?","What are the 3 types of pain?","What are the early warning signs of a pulmonary embolism?","What are the early signs of sepsis?","What are the first signs of MRSA?","What are the different types of lumps?","What are the chances of surviving a malignant brain tumor?","What are the 5 symptoms of anaphylaxis?","What are the 7 allergy symptoms?","What are the 3 types of rheumatoid arthritis?","What are the 4 types of lupus?","What are the 3 stages of septic shock?"]:
    add(q,O,[],H,'nm')
# more pages
add("Has Anyone Had Serum Injected Into Their Knee And Now It’s More Painful?",O,[],"necolebitchie.com: https://necolebitchie.com/has-anyone-had-serum-injected-into-their-knee-and-now-its-more-painful",'nm')
add("What type of stem cells will be utilized, and where are they sourced from?",O,[],"cryoviva-life-sciences.gitbook.io: https://cryoviva-life-sciences.gitbook.io/cryovivalifesciences/stem-cell-treatment-safety-checklist-what-to-ask-your-doctor-first",'sc')
add("How do you ensure the quality and safety of the stem cells?",A,[M,S8],"community.icloudhospital.com: https://community.icloudhospital.com/t/how-do-you-ensure-the-quality-and-safety-of-the-stem-cells/2839",unsure="asked of a clinic; article's Mitigating section says reputable providers use ethically sourced, lab-tested, screened MSCs free of contaminants")
add("Autologous vs. Allogeneic: Should Your Stem Cells Be Your Own or from a Donor?",A,[S3],"nationalstemcelltherapy.com: https://nationalstemcelltherapy.com/autologous-vs-allogeneic-should-your-stem-cells-be-your-own-or-from-a-donor",unsure="choice of cell source; article answers only the safety side (donor cells carry higher rejection/immune-reaction risk)")
add("What about pets after the transplant?",O,[],"forums.marrowforums.org: http://forums.marrowforums.org/showthread.php?t=1705 (thread title)",'sc')
add("Why is my injection site swollen and red?",O,[],"welly.it.com: https://welly.it.com/why-is-my-injection-site-swollen-and-red-understanding-the-causes-and-what-to-do",'nm')
kh='kidshealth.org: https://qa-khpi.kidshealth.org/en/parent/1744.html'
add("Is an injection-site reaction the same as an allergic reaction?",O,[],kh,'nm')
add("Can kids who have an injection-site reaction get shots in the future?",O,[],kh,'nm')
add("What Is an Injection Site Reaction?",O,[],"verywellhealth.com: https://www.verywellhealth.com/injection-side-effects-call-doctor-2616542",'nm')
add("What Are the Signs of a Blood Clot After Knee Surgery?",O,[],"biologyinsights.com: https://biologyinsights.com/what-are-the-signs-of-a-blood-clot-after-knee-surgery",'nm')
add("What Are the Symptoms of Blood Clots After Arthroscopic Knee Surgery?",O,[],"reference.com: https://www.reference.com/world-view/symptoms-blood-clots-after-arthroscopic-knee-surgery-597962dca591a2b8",'nm')
add("Can a nerve block cause permanent damage?",O,[],"healthtap.com: https://www.healthtap.com/user_questions/121754-can-a-nerve-block-cause-permanent-damage",'nm')
add("What are epidural steroid injection complications?",O,[],"healthtap.com: https://www.healthtap.com/user_questions/614507-what-are-epidural-steroid-injection-complications",'nm')
add("What Happens in an Epidural Steroid Injection?",O,[],"icliniq.com: https://www.icliniq.com/articles/neurological-health/the-dark-side-of-epidural-steroid-injection",'nm')
add("What Are Some Side Effects of Platelet-Rich Plasma Therapy?",O,[],"reference.com: https://www.reference.com/health/side-effects-platelet-rich-plasma-therapy-2c6a037f15f9f19a",'nm')
add("What Are the Risks of PRP Joint Pain Injections?",O,[],"apps.hipaaserver2.us: https://apps.hipaaserver2.us/display_blogtwodetailpage/OTgwNQ==/87096",'nm')
add("Can a Flu Shot Cause an Autoimmune Flare?",O,[],"icgi.org: https://www.icgi.org/can-a-flu-shot-cause-an-autoimmune-flare",'nm')
add("Do vaccines cause lupus flares?",O,[],"lupus.org: http://www.lupus.org/answers/entry/do-vaccines-cause-lupus-flares",'nm')
add("I have lupus and was told by another lupus patient that she gets a flare when she gets a flu shot. Do flu shots cause lupus flares?",O,[],"lupusencyclopedia.com: https://www.lupusencyclopedia.com/blog/lupus-question-of-the-day-do-flu-shots-cause-lupus-flares (reader's question; greeting 'Dr. Thomas,' and signature '- JP' dropped)",'nm')
add("Is It Normal To Have a Fever After Surgery?",O,[],"overfitt.com: http://www.overfitt.com/is-it-normal-to-have-a-fever-after-surgery/",'nm')
fd='fdotstokes.com: https://fdotstokes.com/?p=143093'
for q in ["How long does fever after surgery last?","When should I worry about a fever after surgery?","Is it normal to have a fever 3 days after surgery?","What are the signs of sepsis after surgery?","What does early sepsis feel like?","How can you detect sepsis early?"]:
    add(q,O,[],fd,'nm')
lg='laurengreenbergmd.com: https://www.laurengreenbergmd.com/body/do-i-have-a-fever-after-surgery-should-i-worry/'
add("Do I have a fever after surgery? Do I have an infection? Should I worry?",O,[],lg,'nm')
add("What causes fever after surgery?",O,[],lg,'nm')
add("What qualifies as a fever?",O,[],lg,'nm')
add("When Does Fever After Surgery Become a Concern?",O,[],"verywellhealth.com: https://www.verywellhealth.com/temperature-after-surgery-3156832",'nm')
add("What is a postoperative fever?",O,[],"healthline.com: https://www.healthline.com/health/postoperative-fever",'nm')
av='avoria.ae: https://avoria.ae/stem-cell-therapy/'
add("What is the procedure of Stem Cell Therapy?",O,[],av,'sc')
add("When will my hair grow back after stem cell transplant?",O,[],av,'sc')
add("What is the Healing Period Like in Stem Cell Hair Treatments?",O,[],"hairwiki.com: https://hairwiki.com/healing-period-in-stem-cell-hair-treatments/",'sc')
add("Are stem cell therapies for spinal cord injury effective? Are they safe?",O,[],"healthcarenewsblog.com: http://healthcarenewsblog.com/category/stem-cell-scams/",'sc',unsure="asks both efficacy and safety for spinal cord injury; the article covers neither efficacy nor SCI specifically (only generic intrathecal neurological risks in section 6); labelled OUT_OF_SCOPE")
add("Are cord blood stem cells the same as embryonic stem cells?",O,[],"mclaren.org: https://www.mclaren.org/main/faqs",'sc')
add("What’s it like to donate stem cells?",O,[],"cancer.org: http://www.cancer.org/treatment/treatmentsandsideeffects/treatmenttypes/bonemarrowandperipheralbloodstemcelltransplant/stem-cell-transplant-donor-experience",'sc')
add("When was the first medical use of umbilical cord blood?",O,[],"safetycord.com: https://safetycord.com/advantages-faqs",'sc')
add("How Painful Is Bone Marrow Biopsy and Aspiration?",O,[],"wheelchairpride.com: https://www.wheelchairpride.com/2023/03/how-painful-is-bone-marrow-biopsy-and.html",'nm')
add("How is the bone marrow biopsy procedure done?",O,[],"experts123.com: https://experts123.com/q/how-is-the-bone-marrow-biopsy-procedure-done.html",'nm')
add("Can a Benign Tumor Become Cancerous?",O,[],"answers.reference.com: http://answers.reference.com/Wellness/Conditions/can_a_benign_tumor_become_cancerous",'nm')
add("What is the difference between a benign tumor and a malignant one?",O,[],"eorthopod.com: http://eorthopod.com/faq/what-is-the-difference-between-a-benign-tumor-and-a-malignant-one/",'nm')
add("What is a Benign tumor?",O,[],"informedmedicine.org: https://informedmedicine.org/tag/what-is-a-benign-tumor",'nm')
add("Can laser lipo cause fat embolism?",O,[],"laser-lipo-machine.com: https://www.laser-lipo-machine.com/can-laser-lipo-cause-fat-embolism",'nm')
add("Can You Get a Fat Embolism From Liposuction?",O,[],"biologyinsights.com: https://biologyinsights.com/can-you-get-a-fat-embolism-from-liposuction",'nm')
for q in ["What happens during embolism?","What happens when blood gets clot?","What happens to the body during septic shock?","What is an example of an infection?","What is considered a fever?","What is causing shivering?","What is dizziness lightheadedness a symptom of?","What fever is normal for kids?","What is a mucositis?","What is acute lymphoblastic leukaemia?","What happens if osteoarthritis is left untreated?","What is best treatment for osteoarthritis?","What happens if tendonitis goes untreated?","What helps relieve limb pain?","What is Haemophilus influenzae type b infection?","What happens if you have polycythemia?"]:
    add(q,O,[],H,'nm')
add("Can MS be treated with stem cells now?",O,[],"stemcellpioneers.com: http://www.stemcellpioneers.com/showthread.php?6220-Euro-Stem-Cell-Blog-Multiple-sclerosis-how-could-stem-cells-help (question quoted from the EuroStemCell blog)",'sc')
add("Are there any side effects for allergy shots?",O,[],"community.icliniq.com: https://community.icliniq.com/t/are-there-any-side-effects-for-allergy-shots/2227",'nm')
add("two weeks ago I received the pneumonia shot. had no reaction. three days ago I began to itch on my hand and arm. Today I have a large knot at the injection sight. Is this normal",O,[],"steadyhealth.com: https://www.steadyhealth.com/topics/itching-on-hand-and-arm-after-receiving-a-pneumonia-shot.amp (forum post, whitespace collapsed)",'nm')
add("What is the current status of stem cell research for damaged retinal cells?",O,[],"healthtap.com: https://www.healthtap.com/user_questions/181479-what-is-the-current-status-of-stem-cell-research-for-damaged-retinal-cells",'sc')
add("Is it possible that having steroid injections in that area could have hindered or re-injured the nerve or nerves?",O,[],"healthieryou.com: http://healthieryou.com/medexpert/exp4091602c.html (reader's question 'Nerve Damage', one sentence)",'nm')
add("What are the symptoms of a nerve injury after IM injection?",O,[],"medx.it.com: https://medx.it.com/what-are-the-symptoms-of-a-nerve-injury-after-im-injection",'nm')
add("Can an Injection Hit a Nerve?",O,[],"scienceinsights.org: https://scienceinsights.org/can-an-injection-hit-a-nerve-signs-and-what-to-do (title cut before ' Signs and What to Do')",'nm')
add("What Is Hyaluronic Acid and Does It Work?",O,[],"jeffreypengmd.com: https://www.jeffreypengmd.com/post/what-to-expect-after-a-hyaluronic-acid-injection-for-knee-arthritis",'nm')
add("How Long Does Your Knee Hurt After a Gel Injection?",O,[],"scienceinsights.org: https://scienceinsights.org/how-long-does-your-knee-hurt-after-a-gel-injection",'nm')
js='jaxspine.com: https://jaxspine.com/hyaluronic-acid-injections/'
add("How do hyaluronic acid joint injections for knee pain work?",O,[],js,'nm')
add("Are there any precautions for HA injections?",O,[],js,'nm')
add("Does the molecular weight of hyaluronic acid matter?",O,[],"sportdoctorlondon.com: https://sportdoctorlondon.com/what-should-i-do-after-knee-gel-injections",'nm')
add("What are chills?",O,[],"prevention.com: https://www.prevention.com/chills-but-no-fever",'nm')
add("What if you have chills with no fever, but you didn't just finish working out, and it's not cold outside?",O,[],"healthdigest.com: https://www.healthdigest.com/660519/what-it-really-means-when-you-get-chills-without-a-fever/",'nm')
tf='treatment-faq.com: https://treatment-faq.com/who-qualifies-for-stem-cell-treatment-for-lupus'
for q in ["Who is not eligible for stem cell transplant?","Can lupus be cured with stem cells?","Who is eligible for stem cell therapy?","Does insurance pay for stem cell?","Can stem cells therapy cure autoimmune diseases?","What is the cost of stem cell therapy?","Is there an age limit for stem cell donors?","How long do stem cell injections last?","Is stem cell therapy FDA approved?","What is stem cell treatment for lupus?"]:
    add(q,O,[],tf,'sc')
add("What are the negative effects of stem cell therapy?",A,[C,L,U],tf)
add("Is stem cell therapy painful?",A,[S1],tf,unsure="article says injection-site pain/swelling is common, mild and temporary; it says nothing about pain during the procedure")
for q in ["Are there any new treatments for lupus?","What is the treatment for SLE?","What does it mean when your fingers turn white?"]:
    add(q,O,[],tf,'nm')
add("Are there any risks associated with using stem cells in therapy?",A,[U,C,L],"qeeebo.com: https://qeeebo.com/questions/are/8f/8fc/are-there-any-risks-associated-with-using-stem-cells-in-therapy (leading 'Q.' dropped)")
add("Are Stem Cell Injections For Knee Pain Long-Lasting?",O,[],"drmagaziner.com: https://drmagaziner.com/stem-cell-injections-knee-pain-long-lasting/",'sc')
seen = set(); keep = []; dropped = 0
for c in cands:
    n = norm(c["question"])
    if dup(c["question"]) or n in seen:
        dropped += 1; continue
    seen.add(n); keep.append(c)
with open(os.path.join(HERE, "all.jsonl"), "w", encoding="utf-8") as f:
    for c in keep:
        f.write(json.dumps({k: c[k] for k in ("question", "label", "expected_sections", "source")}, ensure_ascii=False) + "\n")
if __name__ == "__main__":
    print(len(cands), "candidates;", dropped, "dropped as duplicates;", len(keep), "written")
    print(collections.Counter((c["label"], c["kind"]) for c in keep))
    g = collections.Counter(re.split(r"[,:(]", c["source"])[0].strip() for c in keep)
    for k, v in g.most_common(): print(v, k)
    for c in keep:
        if c["unsure"]: print("UNSURE", c["label"], c["question"], "|", c["unsure"])
