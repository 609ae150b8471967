"""Tuning texts of sch-misc's fourth session (-tune4): the kinds of sch_misc_test4.py in other variants,
written with their gold before the rules made on them; the -test4 texts stay held out.

- an EIF-era ungraded inspection of an outstanding independent learning provider (2024): no FE banner line,
  the outcome "continues to be an outstanding provider", apprenticeships only;
- an independent school progress monitoring inspection in the 2019-25 layout (2022) in which every standard
  checked is now met, with the "now meets" list only;
- an independent school material change inspection (2020) likely to meet the standards, with no list.
Run: python3 sch_misc_tune4.py (needs groff, ps2pdf, pdftotext)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sch_misc_common import *  # noqa: F401,F403
from sch_misc_test4 import iss2019, provider_details, first_int  # noqa: E402 (the test4 frame; running it rewrites test4 identically)

PART = "tune4"

# ---------------------------------------------------------------- 1. FE ungraded inspection, 2024, ILP
like1 = ["Apprentices develop the specialist knowledge and skills they need to work as dental nurses. They learn to prepare surgeries, sterilise instruments and support dentists during treatments, and employers value the contribution they make.",
         "Apprentices are highly motivated. They attend their off-the-job training sessions punctually and complete their assignments on time."]
well1 = ["Leaders have designed an apprenticeship curriculum with dental practices across the region. They teach infection control and patient care early in the programme, because apprentices need this knowledge from their first day at work.",
         "Tutors are experienced dental nurses. They use their expertise to explain complex procedures clearly, and they check apprentices' understanding through skilful questioning.",
         "Leaders and tutors prepare apprentices very well for their final assessments. Almost all apprentices achieve their apprenticeship, and most achieve a distinction."]
safe1 = ["Leaders make sure that apprentices understand how to keep themselves and patients safe. Apprentices know how to raise a concern about a vulnerable patient."]
improve1 = ["Leaders should make sure that apprentices receive impartial careers advice about the wider range of roles in dentistry before the end of their programme."]
blocks1 = [("title", "Inspection of Coastline Dental Academy Limited"), ("lines", ["Inspection dates: 27 and 28 February 2024"]),
           ("h", "Outcome"), ("p", "Coastline Dental Academy Limited continues to be an outstanding provider."),
           ("h", "Information about this provider"),
           ("p", "Coastline Dental Academy Limited is an independent learning provider based in Plymouth. At the time of the inspection, 162 apprentices were studying the level 3 dental nurse apprenticeship standard. The provider does not work with subcontractors."),
           ("h", "What is it like to be a learner with this provider?")] + [("p", p) for p in like1] + [
           ("h", "What does the provider do well and what does it need to do better?")] + [("p", p) for p in well1] + [
           ("h", "Safeguarding"), ("p", "The arrangements for safeguarding are effective.")] + [("p", p) for p in safe1] + [
           ("h", "What does the provider need to do to improve?")] + [("bullet", p) for p in improve1] + [("bp",)] + provider_details([
               ("Unique reference number", "1279003"), ("Address", "5 Harbour View"), ("", "Plymouth"), ("", "PL1 3QQ"),
               ("Contact number", "01752 555123"), ("Website", "www.coastlinedental.co.uk"), ("Principal, CEO or equivalent", "Amanda Rees"),
               ("Provider type", "Independent learning provider"), ("Date of previous inspection", "5 to 8 November 2018"),
               ("Main subcontractors", "None")]) + [
           ("h", "Information about this inspection"),
           ("p", "The inspection team was assisted by the quality manager, as nominee. Inspectors took account of the provider's most recent self-assessment report and development plans, and the previous inspection report."),
           ("h", "Inspection team"), ("lines", ["Kevin Marsh, lead inspector        His Majesty's Inspector"])] + FE_CLOSING
both("further-education-ungraded-2024-coastline-dental", blocks1, {
      "type": "further-education", "framework": "ungraded",
      "provider": {"name": "Coastline Dental Academy Limited", "urn": "1279003", "laCode": None}, "published": None,
      "inspection": {"start": "2024-02-27", "end": "2024-02-28"}, "inspectors": ["Kevin Marsh"], "grades": []},
     n("narrative", None, like1) + n("narrative", None, well1) + n("narrative", "safeguarding", safe1) + n("development", None, improve1),
     part=PART, footer="Inspection report: Coastline Dental Academy Limited, 27 and 28 February 2024", page_numbers=True)

# ---------------------------------------------------------------- 2. ISS progress monitoring, 2022, all met
parts2 = [
 ("Part 3. Welfare, health and safety of pupils", "Paragraphs 7, 7(a), 7(b), 15",
  ["Leaders have updated the safeguarding policy so that it reflects the latest statutory guidance. The policy is published on the school's website.",
   "The admission register now records all the information that is required, including the date on which each pupil left the school and their destination."],
  "The school now meets the requirements of this part."),
 ("Part 8. Quality of leadership in and management of schools", "Paragraph 34, 34(1), 34(1)(a)-34(1)(c)",
  ["The proprietor has appointed an experienced headteacher, who has quickly put right the weaknesses identified at the previous inspection. The proprietor checks leaders' work through termly visits."],
  "The school now meets the requirements of this part."),
]
comp2 = [("The school now meets the following independent school standards",
          ["The proprietor ensures that arrangements are made to safeguard and promote the welfare of pupils at the school and that such arrangements have regard to any guidance issued by the Secretary of State (paragraph 7, 7(a), 7(b)).",
           "The proprietor ensures that an admission and attendance register is maintained in accordance with the Education (Pupil Registration) (England) Regulations 2006 (paragraph 15).",
           "The proprietor ensures that persons with leadership and management responsibilities at the school demonstrate good skills and knowledge appropriate to their role so that the independent school standards are met consistently (paragraph 34(1), 34(1)(a))."])]
blocks2 = iss2019("Westbury Hall School", "Progress monitoring inspection report", "148260", "8 February 2022",
                  "Fiona Grant, Ofsted Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools. The purpose of the inspection is to monitor the progress the school has made in meeting the independent school standards and other requirements that it was judged to not comply with at its previous inspection."],
                  "The school now meets all of the independent school standards that were checked during this inspection.",
                  parts2, comp2,
                  ["Unique reference number        148260", "DfE registration number        888/6171", "Inspection number        10212905",
                   "Type of school        Other independent school", "School status        Independent school",
                   "Age range of pupils        11 to 16", "Number of pupils on the school roll        52", "Proprietor        Westbury Schools Ltd",
                   "Headteacher        Neil Forsyth"],
                  ["Westbury Hall School is an independent day school in Preston for pupils aged 11 to 16."],
                  "Progress monitoring inspection report: Westbury Hall School, 8 February 2022")
both("independent-school-2022-progress-monitoring-westbury-hall", blocks2, {
      "type": "independent-school", "framework": "progress-monitoring",
      "provider": {"name": "Westbury Hall School", "urn": "148260", "laCode": "888"}, "published": None,
      "inspection": {"start": "2022-02-08", "end": "2022-02-08"}, "inspectors": ["Fiona Grant"],
      "grades": [g("overall-outcome", "met"), g("iss-part-3", "met"), g("iss-part-8", "met")]},
     n("narrative", "iss-part-3", parts2[0][2]) + n("narrative", "iss-part-8", parts2[1][2])
     + [{"category": "satisfactory", "judgement": None, "number": first_int(re.search(r"\(paragraph (\S+)", t).group(1)), "text": t} for t in comp2[0][1]],
     part=PART, footer="Progress monitoring inspection report: Westbury Hall School, 8 February 2022", page_numbers=True)

# ---------------------------------------------------------------- 3. ISS material change, 2020, likely to meet
parts3 = [
 ("Part 1. Quality of education provided", "Paragraphs 2(1), 2(1)(a), 2(2), 2(2)(a)-2(2)(i), 3",
  ["Leaders have written schemes of work for the sixth form that the school proposes to open. Students will study A-level courses in English, mathematics, biology, chemistry and history.",
   "The careers guidance programme has been extended to students in Years 12 and 13. It includes visits to universities and work experience."],
  "The school is likely to meet the requirements of this part if the material change is implemented."),
 ("Part 5. Premises of and accommodation at schools", "Paragraphs 23, 24, 25, 26, 28, 29",
  ["The proprietor has converted two classrooms into a sixth-form study area and a science laboratory. The rooms are well lit and ventilated."],
  "The school is likely to meet the requirements of this part if the material change is implemented."),
]
blocks3 = iss2019("Kingsley Grammar School", "Material change inspection report", "139021", "4 March 2020",
                  "Peter Adebayo, Ofsted Inspector",
                  ["This inspection was carried out at the request of the registration authority for independent schools, the Department for Education (DfE), to assess the likely compliance of the school with the relevant independent school standards should the proposed material change be approved.",
                   "The school has applied to the DfE to change its age range from 11 to 16 to 11 to 18."],
                  "The school is likely to meet the relevant independent school standards if the material change is implemented.",
                  parts3, [],
                  ["Unique reference number        139021", "DfE registration number        873/6033", "Inspection number        10149987",
                   "Type of school        Other independent school", "School status        Independent school",
                   "Age range of pupils        11 to 16", "Number of pupils on the school roll        210", "Proprietor        Kingsley Education Trust",
                   "Headteacher        Ruth Akinola"],
                  ["Kingsley Grammar School is an independent day school in Cambridge for pupils aged 11 to 16."],
                  "Material change inspection report: Kingsley Grammar School, 4 March 2020")
both("independent-school-2020-material-change-kingsley-grammar", blocks3, {
      "type": "independent-school", "framework": "material-change",
      "provider": {"name": "Kingsley Grammar School", "urn": "139021", "laCode": "873"}, "published": None,
      "inspection": {"start": "2020-03-04", "end": "2020-03-04"}, "inspectors": ["Peter Adebayo"],
      "grades": [g("overall-outcome", "likely-to-meet"), g("iss-part-1", "likely-to-meet"), g("iss-part-5", "likely-to-meet")]},
     n("narrative", "iss-part-1", parts3[0][2]) + n("narrative", "iss-part-5", parts3[1][2]),
     part=PART, footer="Material change inspection report: Kingsley Grammar School, 4 March 2020", page_numbers=True)
