import json, textwrap, sys
W = 92
def wrap(p, indent=0):
    return textwrap.wrap(p, W - indent, break_long_words=False, break_on_hyphens=False)

school = "Harbourside Community Academy"
areas = [  # (group, label, key, grade label, paragraphs)
 ("Exceptional", "Personal development and wellbeing", "personal-development-and-wellbeing", "Exceptional", [
  "Pupils follow a carefully planned programme of personal, social and health education that starts in Year 7 and continues into the sixth form. Staff adapt lessons when local issues arise, such as the safe use of the coastal paths in winter. Pupils discuss difficult topics with maturity and listen to views that differ from their own.",
  "The school's offer of clubs, trips and leadership roles is extensive and pupils take it up in large numbers. Leaders check which pupils do not take part and remove the barriers that stop them. Pupils who are disadvantaged now attend clubs as often as their peers.",
  "Pupils learn about healthy relationships, consent and how to manage their mental health. Older pupils train as peer mentors and support younger pupils who are anxious about moving up from primary school. The careers programme introduces pupils to employers from the port, the hospital and the university.",
 ]),
 ("Strong standard", "Inclusion", "inclusion", "Strong standard", [
  "Leaders identify the needs of pupils with special educational needs and/or disabilities (SEND) quickly and accurately. Teachers receive clear plans that explain how to adapt their teaching. Pupils with SEND learn the same ambitious curriculum as their classmates.",
  "The school works closely with families and external agencies when pupils face barriers to their learning or wellbeing. Pupils who attend the school's nurture base return to their classes with growing confidence. Leaders check the impact of this support carefully and change it when it is not working.",
 ]),
 ("Strong standard", "Sixth form", "sixth-form", "Strong standard", [
  "Students in the sixth form study a broad range of academic and vocational courses. Teachers have strong subject knowledge and set work that deepens students' understanding over time. Students speak highly of the guidance they receive about university, apprenticeships and employment.",
  "Most students complete their courses and move on to ambitious destinations. Students who need to resit English or mathematics receive effective teaching and many gain the qualification. Students contribute to school life by leading clubs and supporting reading in Year 7.",
 ]),
 ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", "Expected standard", [
  "The curriculum sets out what pupils should learn in each subject from Year 7 to Year 11. In most subjects, teachers present new content clearly and check that pupils have understood it before moving on. In a few subjects, including geography and design and technology, the curriculum does not yet identify the most important knowledge that pupils need to remember.",
  "Pupils who are at an early stage of learning to read receive daily support from trained staff. This is helping them to read with greater fluency. Teachers do not always make sure that pupils use subject vocabulary accurately in their written work.",
 ]),
 ("Expected standard", "Achievement", "achievement", "Expected standard", [
  "Pupils' results in national examinations at the end of Year 11 are broadly in line with the national average. Disadvantaged pupils achieve less well than their peers in English and science. Pupils' work in books shows that most pupils are now building secure knowledge across the curriculum.",
 ]),
 ("Needs attention", "Attendance and behaviour", "attendance-and-behaviour", "Needs attention", [
  "Too many pupils are persistently absent from school. Leaders have introduced new systems to follow up absence, but these have not yet improved attendance for pupils with SEND or for disadvantaged pupils. Some pupils miss important learning as a result.",
  "Most pupils behave well in lessons and around the site. However, the number of suspensions remains high. Staff do not apply the behaviour policy consistently, and some pupils told inspectors that low-level disruption interrupts their learning in a few lessons.",
 ]),
 ("Urgent improvement", "Leadership and governance", "leadership-and-governance", "Urgent improvement", [
  "Leaders have not made sure that the school's procedures for recording and following up safeguarding concerns are understood by all staff. Some concerns about pupils' welfare were not passed on to the designated safeguarding lead quickly enough. Leaders did not always share information with external agencies when they should have done.",
  "Those responsible for governance have not checked the school's safeguarding arrangements with enough rigour. They accepted assurances from leaders without testing them. As a result, weaknesses in the school's safeguarding culture were not identified or addressed.",
  "Leaders have an accurate view of the strengths and weaknesses of the curriculum and have begun to improve it. Staff value the training they receive and say that leaders are considerate of their workload.",
 ]),
]
like = [
 "Pupils at Harbourside Community Academy enjoy a wide range of experiences beyond the classroom. Many take part in sailing, music and the school's well-attended debating society. Pupils are polite to visitors and proud of their school's links with the town.",
 "Most pupils feel safe and know that they can talk to a trusted adult if they are worried. However, some pupils are not confident that concerns they raise are always acted upon.",
 "Pupils in the sixth form are positive role models for younger pupils. They value the support they receive as they prepare for their next steps.",
]
steps = [
 "Leaders and those responsible for governance should ensure that all staff understand and follow the school's procedures for recording and reporting safeguarding concerns, and that concerns are acted on promptly and shared with external agencies where necessary.",
 "Leaders should improve attendance, particularly for pupils with SEND and those who are disadvantaged, so that these pupils do not miss important learning.",
 "Leaders should ensure that the behaviour policy is applied consistently by all staff so that low-level disruption does not interrupt learning.",
 "Leaders should identify the most important knowledge pupils need to learn in the small number of subjects where this is not yet clear.",
]
def layout(default):
    out = []
    add = out.append
    add(school); add("Address: Quay Road, Seahaven, Westshire, SH4 7QP"); add("")
    add("Unique reference number (URN): 151234"); add(""); add(""); add(""); add("")
    add("Inspection report: 4 March 2026"); add("")
    for g in ["Exceptional", "Strong standard", "Expected standard", "Needs attention", "Urgent improvement"]:
        add(g if default else "  " + g); add("")
    add(""); add(""); add("")
    add("Safeguarding standards not met" if default else "    Safeguarding standards not met"); add("")
    for l in wrap("The safeguarding standards are not met. This means that leaders and/or those responsible for governance and oversight do not fulfil all of their specific responsibilities, or have not established an open culture in which safeguarding is everyone's responsibility. As a result, pupils are not made as safe as they should be."):
        add(l)
    add(""); add("How we evaluate safeguarding"); add(""); add("")
    add("When we inspect schools for safeguarding, they can have the following outcomes:"); add("")
    ind = "" if default else "  "
    add(ind + "Met: The school has an open and positive culture of safeguarding. All legal requirements"); add(ind + "are met.")
    add(ind + "Not met: The school has not created an open and positive culture of safeguarding. Not all"); add(ind + "legal requirements are met.")
    group = None
    page = 0
    for gi, (g, label, key, gl, paras) in enumerate(areas):
        if g != group:
            out[-1] = out[-1]
            out.append("\f" + g if out and g != "Exceptional" or True else g)
            # first group line starts a new page
            add("")
            group = g
        else:
            add(""); add("")
        if default:
            add(label); add(""); add(gl)
        else:
            add(label.ljust(78) + gl)
        add("")
        for pi, p in enumerate(paras):
            lines = wrap(p)
            if key == "sixth-form" and pi == 0:
                # a page break inside the paragraph, after its second line
                for k, l in enumerate(lines):
                    add(("\f" if k == 2 else "") + l)
            else:
                for l in lines: add(l)
            if pi < len(paras) - 1: add("")
    add(""); add(""); add("")
    add("What it's like to be a pupil at this school"); add("")
    for i, p in enumerate(like):
        for l in wrap(p): add(l)
        if i == 0:
            add("")  # the next two paragraphs without a blank line, as the shared text shows once
    add(""); add(""); add("\fNext steps"); add("")
    for s in steps:
        for l in wrap(s, 0 if default else 2):
            add(("" if default else "  ") + l)
    add(""); add(""); add("")
    add("About this inspection"); add("")
    for p in ["This school is part of the Westshire Coast Learning Trust, which means that other people in the trust also have responsibility for running the school. The trust is run by the chief executive officer, Alan Fenwick, and overseen by a board of trustees, chaired by Priya Sandhu.",
              "Inspectors carried out this full inspection under section 5 of the Education Act 2005.",
              "Inspectors met the principal, senior leaders, staff, trustees and governors. They spoke to pupils and students from all year groups and reviewed a range of documents."]:
        for l in wrap(p): add(l)
        add("")
    add("Principal: Marcus Doyle"); add(""); add(""); add("")
    add("Lead inspector:"); add("Helen Carraway, His Majesty's Inspector"); add(""); add("Team inspectors:")
    add("Owen Pritchard, His Majesty's Inspector"); add("Lucy Benfield, Ofsted Inspector"); add(""); add(""); add("")
    add("Facts and figures used on inspection")
    add("The data was used by the inspector(s) during the inspection. More recent data may have"); add("been published since the inspection took place.")
    add(""); add(("" if default else "      ") + "This data is from 4 March 2026"); add(""); add("")
    add("School and pupil context"); add("Total pupils"); add(""); add("1184"); add("Above average"); add(""); add("What does this mean?"); add(""); add("")
    add("The total number of pupils currently at this school and how this compares to other schools of"); add("this phase in England."); add("")
    add("National average: 1027"); add("")
    if default:
        for c in ["Year", "This school", "National average", "Compared with national average", "Latest 3 year average", "41%", "46%", "Below"]:
            add(c); add("")
    else:
        add("Year                   This school             National average       Compared with")
        add("                                                                      national average"); add("")
        add("Latest 3 year          41%                     46%                    Below"); add("average")
    return "\n".join(out) + "\n"

name = sys.argv[1]
open(name + "-layout-test.txt" if False else name + ".txt", "w").write(layout(False))
open(name.replace("layout", "default") + ".txt", "w").write(layout(True))
findings = []
for g, label, key, gl, paras in areas:
    for p in paras:
        findings.append({"category": "narrative", "judgement": key, "heading": label, "text": p})
for p in like:
    findings.append({"category": "narrative", "judgement": None, "text": p})
for s in steps:
    findings.append({"category": "development", "judgement": None, "text": s})
grades = [{"judgement": key, "grade": gl.lower().replace(" ", "-")} for g, label, key, gl, paras in areas] + [{"judgement": "safeguarding", "grade": "not-met"}]
for conv in ["layout", "default"]:
    n = name.replace("layout", conv)
    gold = {"file": n.split("/")[-1] + ".txt", "unnumberedNarrative": True, "type": "school-report-card",
            "framework": "report-card-2025",
            "provider": {"name": school, "urn": "151234", "laCode": None}, "published": None,
            "inspection": {"start": "2026-03-04", "end": "2026-03-04"},
            "inspectors": ["Helen Carraway", "Owen Pritchard", "Lucy Benfield"],
            "grades": grades, "findings": findings}
    json.dump(gold, open(n + ".json", "w"), ensure_ascii=False, indent=1)
