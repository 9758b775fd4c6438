# TriageLogic nurse-triage case study (stored page https://triagelogic.com/?p=28745, "Case Study: Infant's Dry Cough").
# Label = the disposition stated on the page: "having the infant seen by their primary care physician within 24 hours"
# (Schmitt-Thompson protocols) -> NOT_URGENT / triage "soon". Case sentences copied verbatim; the disposition and
# callback paragraphs are not included.
SRC = "TriageLogic nurse triage case study: https://triagelogic.com/?p=28745 (stated disposition: seen by PCP within 24 hours)"
T = [
"To explain this process in more detail, let’s consider a case study involving a nine-week-old infant who has developed a dry cough overnight. So far, the cough hasn’t interfered with activities like breastfeeding or sleeping, and the mother explains on her call to nurse triage that another child of hers is already experiencing a cold. She says that she hasn’t seen any initial signs of distress from her baby and the triage nurse hears a quiet cough with no abnormal breathing sounds.",
]
ITEMS = [(t, "NOT_URGENT", "soon", "vignette", SRC) for t in T]
