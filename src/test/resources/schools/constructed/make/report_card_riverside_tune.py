import json
school = "Riverside Meadow Primary School"
areas = [
 ("Exceptional", "Early years", "early-years", ["Children in the Nursery and Reception classes settle quickly because staff know them and their families well. Adults model language carefully and children use new words in their play with growing confidence.",
   "The early years curriculum is ambitious and carefully sequenced. Staff check what children know and plan the next steps in their learning precisely, so that children are very well prepared for Year 1."]),
 ("Strong standard", "Inclusion", "inclusion", ["Leaders identify pupils' additional needs early and accurately. Teachers adapt their lessons skilfully so that pupils with special educational needs and/or disabilities learn the same curriculum as their classmates.",
   "The school's work with families is a strength. Staff help families to overcome barriers to attendance and wellbeing, and pupils who are disadvantaged take a full part in school life."]),
 ("Strong standard", "Personal development and wellbeing", "personal-development-and-wellbeing", ["Pupils learn how to keep themselves healthy and safe, including online. They talk maturely about respect and about the different faiths and cultures represented in their community.",
   "Pupils enjoy a wide range of clubs and trips. Older pupils act as reading buddies and play leaders and take these responsibilities seriously."]),
 ("Expected standard", "Curriculum and teaching", "curriculum-and-teaching", ["The curriculum sets out the knowledge pupils should learn from Reception to Year 6. In English and mathematics, teachers explain new ideas clearly and check pupils' understanding carefully.",
   "In some foundation subjects, such as history and geography, the curriculum does not yet set out the most important knowledge precisely enough. Pupils do not remember some of what they have been taught in these subjects."]),
 ("Expected standard", "Achievement", "achievement", ["Pupils achieve broadly in line with national averages at the end of Year 6. Pupils' reading is a strength, and most pupils read fluently by the end of Year 2."]),
 ("Expected standard", "Attendance and behaviour", "attendance-and-behaviour", ["Pupils behave well in lessons and at playtimes. Attendance is improving, but a small number of pupils are still absent too often."]),
 ("Needs attention", "Leadership and governance", "leadership-and-governance", ["Leaders have an accurate view of the school's strengths but their plans to improve the foundation subjects are at an early stage. Governors do not yet check the impact of leaders' actions closely enough.",
   "Staff feel well supported and value the training that leaders provide. Leaders consider staff workload when they make changes."]),
]
like = ["Pupils at Riverside Meadow Primary School are happy and feel safe. They are proud of their school and speak warmly about the adults who look after them.",
        "Pupils know that adults expect them to work hard and to be kind. Most pupils rise to these expectations and enjoy their learning."]
steps = ["Leaders should ensure that the curriculum in the foundation subjects sets out precisely the knowledge that pupils need to learn, so that pupils build their knowledge securely over time.",
         "Those responsible for governance should check the impact of leaders' actions more closely, so that improvements are made more quickly.",
         "Leaders should continue their work with families to reduce the absence of the small number of pupils who miss school too often."]
r = []
A = r.append
A('.nr HY 0\n.nr PS 11\n.nr VS 14\n.nr LL 6.3i\n.nr PO 1i\n.na\n.nh\n.ds CH\n.LP')
A(r'\fB' + school + r'\fP'); A('.br'); A('Address: Mill Street, Riverside, Northshire, RV2 8MS'); A('.sp')
A('Unique reference number (URN): 162031'); A('.sp'); A('Inspection report: 14 January 2026'); A('.sp 2')
A('.in 0.3i')
for g in ["Exceptional", "Strong standard", "Expected standard", "Needs attention", "Urgent improvement"]:
    A(g); A('.sp')
A('.in 0'); A('.sp'); A('.in 0.5i'); A(r'\fBSafeguarding standards met\fP'); A('.in 0'); A('.sp')
A("The safeguarding standards are met. This means that leaders and/or those responsible for governance and oversight fulfil their specific responsibilities and have established an open culture in which safeguarding is everyone's responsibility and concerns are actively identified, acted upon and managed. As a result, pupils are made safer and feel safe.")
A('.sp'); A(r'\fBHow we evaluate safeguarding\fP'); A('.sp')
A('When we inspect schools for safeguarding, they can have the following outcomes:'); A('.sp')
A('.in 0.3i'); A('Met: The school has an open and positive culture of safeguarding. All legal requirements are met.'); A('.br')
A('Not met: The school has not created an open and positive culture of safeguarding. Not all legal requirements are met.'); A('.in 0')
group = None
for g, label, key, paras in areas:
    if g != group:
        A('.bp'); A(r'\fB' + g + r'\fP'); A('.sp'); group = g
    else:
        A('.sp 2')
    A('.ta 6.3iR'); A(r'\fB' + label + r'\fP' + '\t' + r'\fB' + g + r'\fP'); A('.sp')
    for i, p in enumerate(paras):
        A(p); A('.sp')
A('.sp 2'); A(r"\fBWhat it's like to be a pupil at this school\fP"); A('.sp')
for p in like: A(p); A('.sp')
A('.sp'); A(r'\fBNext steps\fP'); A('.sp')
for s in steps:
    A('.IP \\(bu 2'); A(s)
A('.LP'); A('.sp 2'); A(r'\fBAbout this inspection\fP'); A('.sp')
A('Inspectors carried out this full inspection under section 5 of the Education Act 2005.'); A('.sp')
A('Inspectors met the headteacher, staff and governors and spoke to pupils about their learning.'); A('.sp')
A('Headteacher: Anna Kowalczyk'); A('.sp 2'); A('Lead inspector:'); A('.br'); A("Rachel Imber, His Majesty's Inspector"); A('.sp'); A('Team inspector:'); A('.br'); A('Tomasz Reid, Ofsted Inspector')
open('rc.ms', 'w').write('\n'.join(r) + '\n')
findings = []
for g, label, key, paras in areas:
    findings += [{"category": "narrative", "judgement": key, "text": p} for p in paras]
findings += [{"category": "narrative", "judgement": None, "text": p} for p in like]
findings += [{"category": "development", "judgement": None, "text": s} for s in steps]
grades = [{"judgement": key, "grade": g.lower().replace(' ', '-')} for g, label, key, paras in areas] + [{"judgement": "safeguarding", "grade": "met"}]
json.dump({"grades": grades, "findings": findings}, open('rc-gold.json', 'w'), ensure_ascii=False, indent=1)
