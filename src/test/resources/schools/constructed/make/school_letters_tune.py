import json, textwrap, sys
sys.argv=['x']
exec(open('/tmp/sch-card-gen/letters.py').read().split('# ---------- ungraded 2019-25')[0])
OUT = "/tmp/sch-card-tune/"
import os; os.makedirs(OUT, exist_ok=True)
def gold(name, meta, findings):
    g = {"file": name + ".txt"}; g.update(meta); g["findings"] = findings
    json.dump(g, open(OUT + name + ".json", "w"), ensure_ascii=False, indent=1)
B = "\uF0A7"; D = "\u2022"
# ---- 2020 "Inspection of a good school" (pdftotext default, blank lines between paragraphs)
like = ["Pupils enjoy coming to Hollins Park. They told me that teachers make learning interesting and that they feel safe because adults sort out any problems quickly.",
        "Behaviour in lessons and around school is calm. Bullying is rare, and pupils are confident that staff would deal with it well if it happened."]
well = ["Leaders have planned a curriculum that builds pupils' knowledge step by step. In mathematics, pupils practise number facts every day and use them to solve problems with increasing confidence.",
        "Children in the early years get off to a strong start in reading. Staff teach phonics well and children read books that match the sounds they know.",
        "The curriculum in science and history is less well developed. Leaders have not set out the vocabulary and knowledge that pupils should learn in each year, so pupils do not build on what they learned before."]
safe = ["Leaders make sure that staff are well trained to spot signs that a pupil may be at risk. Concerns are recorded carefully and followed up with external agencies when needed."]
imp = ["Leaders should set out the knowledge and vocabulary that pupils should learn in science and history in each year, so that pupils build on what they have learned before.",
       "Leaders should check that teachers use assessment in the foundation subjects to find and fill gaps in pupils' knowledge."]
foot = lambda n: ["", "Inspection report: Hollins Park Primary School", "4 February 2020", "", str(n), "\f"]
blocks = [("raw", ["Inspection of a good school: Hollins Park", "Primary School", "Hollins Road, Oldcastle, Staffordshire ST9 4HP", "", "Inspection dates:", "", "4 February 2020", "", "Outcome", "", "Hollins Park Primary School continues to be a good school.", "", "What is it like to attend this school?", ""])] + [("pb", p) for p in like] + [
          ("raw", ["What does the school do well and what does it need to do better?", ""])] + [("pb", p) for p in well[:2]] + [("raw", foot(2))] + [("pb", well[2])] + [
          ("raw", ["Safeguarding", "", "The arrangements for safeguarding are effective.", ""])] + [("pb", p) for p in safe] + [
          ("raw", ["What does the school need to do to improve?", "", "(Information for the school and appropriate authority)", ""])] + [("bullet", (B, t)) for t in imp] + [
          ("raw", ["", "Background", ""]),
          ("pb", "When we have judged a school to be good we will then normally go into the school about once every four years to confirm that the school remains good. This is called a section 8 inspection of a good school or non-exempt outstanding school. We do not give graded judgements on a section 8 inspection."),
          ("pb", "This is the first section 8 inspection since we judged Hollins Park Primary School to be good on 12 March 2015."),
          ("raw", foot(3) + ["How can I feed back my views?", ""]),
          ("pb", "You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other parents and carers think."),
          ("raw", ["School details", "", "Unique reference number", "", "124210", "", "Local authority", "", "Staffordshire", "", "Headteacher", "", "Ruth Ingle", "", "Information about this school", ""]),
          ("bullet", (B, "The school is smaller than the average-sized primary school.")),
          ("raw", ["", "Information about this inspection", ""]),
          ("bullet", (B, "I met the headteacher, the deputy headteacher and two governors, and I spoke to pupils about their learning.")),
          ("raw", ["", "Inspection team", "", "Peter Caldwell, lead inspector", "", "Ofsted Inspector"] + foot(4)[:-1])]
name = "school-ungraded-2020-hollins-park-primary-tune"
open(OUT + name + ".txt", "w").write(render(blocks))
gold(name, {"unnumberedNarrative": True, "type": "school-ungraded", "framework": "ungraded",
            "provider": {"name": "Hollins Park Primary School", "urn": "124210", "laCode": "860"}, "published": None,
            "inspection": {"start": "2020-02-04", "end": "2020-02-04"}, "inspectors": ["Peter Caldwell"], "grades": []},
     [{"category": "narrative", "judgement": None, "text": t} for t in like + well]
     + [{"category": "narrative", "judgement": "safeguarding", "text": t} for t in safe]
     + [{"category": "development", "judgement": None, "text": t} for t in imp])
# ---- requires improvement monitoring 2016 (pdftotext default, blank lines)
further = ["make sure that the new system for tracking pupils' progress is used by all teachers to plan work that builds on what pupils already know",
           "improve the quality of pupils' handwriting and presentation in all year groups."]
main = ["Leaders and governors have acted swiftly since the inspection. The action plan is sharply focused on the areas for improvement and sets out clear measures of success.",
        "Teaching in Year 5 and Year 6 has improved. Teachers question pupils skilfully and expect more of them. Work in pupils' books shows that they are making faster progress in writing.",
        "Governors now visit the school regularly and ask challenging questions about the progress of different groups of pupils."]
ext = ["The local authority has provided helpful training for middle leaders, which has improved their ability to check the quality of teaching in their subjects."]
blocks = [("raw", ["", "Ofsted", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "", "T 0300 123 4234", "www.gov.uk/ofsted", "", "", "20 May 2016", "", "Mrs Alison Greaves", "Headteacher", "Marlpit Lane Junior School", "Marlpit Lane", "Hexley", "Lancashire", "BB4 6TL", "", "Dear Mrs Greaves", "", "Requires improvement: monitoring inspection visit to Marlpit Lane Junior School", ""]),
          ("pb", "Following my visit to your school on 10 May 2016, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the findings of my visit. Thank you for the help you gave me and for the time you made available to discuss the actions you are taking to improve the school since the most recent section 5 inspection."),
          ("pb", "The visit was the first monitoring inspection since the school was judged to require improvement following the section 5 inspection in January 2016. It was carried out under section 8 of the Education Act 2005."),
          ("pb", "Senior leaders and governors are taking effective action to tackle the areas requiring improvement identified at the recent section 5 inspection."),
          ("raw", ["The school should take further action to:", ""])] + [("bullet", (D, t)) for t in further] + [
          ("raw", ["", "Evidence", ""]), ("pb", "During the inspection, I met with the headteacher, other senior leaders, two governors and a representative of the local authority to discuss the action taken since the last inspection."),
          ("raw", ["Context", ""]), ("pb", "Since the section 5 inspection, a new deputy headteacher has been appointed and one teacher has left the school."),
          ("raw", ["Main findings", ""])] + [("pb", p) for p in main] + [("raw", ["External support", ""])] + [("pb", p) for p in ext] + [
          ("pb", "I am copying this letter to the chair of the governing body and the director of children's services for Lancashire. This letter will be published on the Ofsted website."),
          ("raw", ["Yours sincerely", "", "", "Graham Tolley", "Her Majesty's Inspector"])]
name = "school-monitoring-2016-marlpit-lane-junior-tune"
open(OUT + name + ".txt", "w").write(render(blocks))
gold(name, {"unnumberedNarrative": True, "type": "school-ungraded", "framework": "monitoring-requires-improvement",
            "provider": {"name": "Marlpit Lane Junior School", "urn": None, "laCode": "888"}, "published": "2016-05-20",
            "inspection": {"start": "2016-05-10", "end": "2016-05-10"}, "inspectors": ["Graham Tolley"], "grades": []},
     [{"category": "development", "judgement": None, "text": t} for t in further]
     + [{"category": "narrative", "judgement": None, "text": t} for t in main + ext])
