import json, textwrap, re
W = 91
def wrap(p, w=W): return textwrap.wrap(p, w, break_long_words=False, break_on_hyphens=False)
OUT = "/work/wt-sch-card/src/test/resources/schools/constructed/"

def render(blocks):
    """blocks: list of (kind, payload): 'raw' lines, 'p' paragraph, 'pb' paragraph followed by blank, 'bullet' (glyph, text)"""
    out = []
    for kind, x in blocks:
        if kind == "raw": out.extend(x if isinstance(x, list) else [x])
        elif kind == "p": out.extend(wrap(x))
        elif kind == "pb": out.extend(wrap(x)); out.append("")
        elif kind == "bullet":
            g, t = x
            ls = wrap(t, W - 2)
            out.append(g + " " + ls[0]); out.extend(ls[1:])
        elif kind == "sub":
            g, t = x
            ls = wrap(t, W - 4)
            out.append(g + " " + ls[0]); out.extend(ls[1:])
    return "\n".join(out) + "\n"

def gold(name, meta, findings):
    g = {"file": name + ".txt"}; g.update(meta); g["findings"] = findings
    json.dump(g, open(OUT + name + ".json", "w"), ensure_ascii=False, indent=1)

# ---------- ungraded 2019-25 (2023 layout) ----------
B = "\uF0A7"
like = ["Pupils are happy and feel safe at Brookfield Primary School. They say that adults listen to them and help them if they have a worry. Pupils are proud of the school's motto, 'learn, grow, belong', and they talk about it with enthusiasm.",
        "The school has high expectations for all pupils, including those with special educational needs and/or disabilities (SEND). Pupils rise to these expectations. They behave well in lessons and play together kindly at breaktimes.",
        "Pupils enjoy the many opportunities the school provides beyond the curriculum. These include gardening, choir and visits to the local museum. Older pupils take on responsibilities as play leaders and school councillors."]
well = ["The school has designed an ambitious curriculum that sets out the important knowledge pupils should learn from the early years to Year 6. In most subjects, teachers present information clearly and check what pupils remember. In a small number of foundation subjects, the school has not identified the knowledge that pupils need to learn precisely enough. This means that pupils do not build their understanding as securely as they could.",
        "Reading is a priority. Children start learning phonics as soon as they join the Reception Year. Staff are well trained and teach the programme consistently. Pupils who fall behind receive extra support that helps them to catch up quickly. Pupils read books that match the sounds they know.",
        "Pupils with SEND are identified quickly. Staff adapt learning so that these pupils can access the same curriculum as their peers. In the early years, staff help children to develop their communication and language skills through stories, songs and rhymes.",
        "Pupils' personal development is well supported. They learn about different faiths and cultures and how to keep themselves safe online. Pupils understand the importance of respect and tolerance.",
        "Trustees and governors know the school well. They provide effective support and challenge to leaders. Staff appreciate the consideration leaders give to their workload and wellbeing."]
improve = ["In a small number of foundation subjects, the school has not identified the precise knowledge that pupils should learn and the order in which they should learn it. As a result, pupils do not build their knowledge securely over time. The school should ensure that the curriculum in these subjects identifies the important knowledge that pupils should learn.",
           "Assessment in some foundation subjects does not check precisely enough what pupils know and remember. The school should ensure that teachers use assessment to identify and address gaps in pupils' knowledge."]
footer = lambda n: ["Inspection of Brookfield Primary School", "10 and 11 October 2023", "", str(n), "\f"]
blocks = [("raw", ["Inspection of Brookfield Primary School", "Mill Lane, Ashworth, Lancashire BB9 2BT", "", "Inspection dates:", "", "10 and 11 October 2023", "", "Outcome"]),
          ("p", "Brookfield Primary School continues to be a good school."),
          ("pb", "The headteacher is Samira Okafor. This school is part of the Fellside Learning Trust, which means other people in the trust also have responsibility for running the school, including the board of trustees and the chief executive officer, Graham Lister."),
          ("raw", "What is it like to attend this school?")] + [("p", p) for p in like] + [("raw", ""),
          ("raw", "What does the school do well and what does it need to do better?")] + [("p", p) for p in well[:2]] + [
          ("raw", footer(2))] + [("p", p) for p in well[2:]] + [("raw", ""), ("raw", ["Safeguarding", "The arrangements for safeguarding are effective.", "", "What does the school need to do to improve?", "(Information for the school and appropriate authority)"])] + [
          ("bullet", (B, t)) for t in improve] + [("raw", ["", "Background"]),
          ("p", "When we have judged a school to be good, we will then normally go into the school about once every four years to confirm that the school remains good. This is called an ungraded inspection, and it is carried out under section 8 of the Education Act 2005. We do not give graded judgements on an ungraded inspection. However, if we find evidence that a school would now receive a higher or lower grade, then the next inspection will be a graded inspection, which is carried out under section 5 of the Act. Usually this is within one to two years of the date of the ungraded inspection. If we have serious concerns about safeguarding, behaviour or the quality of education, we will deem the ungraded inspection a graded inspection immediately."),
          ("p", "This is the first ungraded inspection since we judged the school to be good in November 2017."),
          ("raw", footer(3)), ("raw", "How can I feed back my views?"),
          ("p", "You can use Ofsted Parent View to give Ofsted your opinion on your child's school, or to find out what other parents and carers think. We use information from Ofsted Parent View when deciding which schools to inspect, when to inspect them and as part of their inspection."),
          ("raw", "Further information"), ("p", "You can search for published performance information about the school."),
          ("p", "In the report, 'disadvantaged pupils' refers to those pupils who attract government pupil premium funding: pupils claiming free school meals at any point in the last six years and pupils in care or who left care through adoption or another formal route."),
          ("raw", ["", "School details", "Unique reference number", "", "142871", "", "Local authority", "", "Lancashire", "", "Inspection number", "", "10290011", "", "Type of school", "", "Primary", "", "Headteacher", "", "Samira Okafor", "", "Dates of previous inspection", "", "29 and 30 November 2017, under section 5", "of the Education Act 2005", "", "Information about this school"]),
          ("bullet", (B, "The school is part of the Fellside Learning Trust.")), ("bullet", (B, "The school does not use any alternative provision.")),
          ("raw", ["", "Information about this inspection"]),
          ("bullet", (B, "The inspector held meetings with the headteacher, the deputy headteacher, subject leaders and staff. The inspector met members of the local governing body and a representative of the trust.")),
          ("raw", ["", "Inspection team", "Joanne Feltham, lead inspector", "", "His Majesty's Inspector", ""] + footer(4)[:-1])]
name = "school-ungraded-2023-brookfield-primary-test"
open(OUT + name + ".txt", "w").write(render(blocks))
gold(name, {"unnumberedNarrative": True, "type": "school-ungraded", "framework": "ungraded",
            "provider": {"name": "Brookfield Primary School", "urn": "142871", "laCode": "888"}, "published": None,
            "inspection": {"start": "2023-10-10", "end": "2023-10-11"}, "inspectors": ["Joanne Feltham"], "grades": []},
     [{"category": "narrative", "judgement": None, "text": t} for t in like + well] + [{"category": "development", "judgement": None, "text": t} for t in improve])

# ---------- short inspection 2015-19 ----------
D = "\u2022"
intro = "Following my visit to the school on 7 February 2017, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings. The visit was the first short inspection carried out since the school was judged to be good in January 2013."
body = ["The leadership team has maintained the good quality of education in the school since the last inspection. You and your deputy headteacher have an accurate view of the school's strengths and of the areas that still need to improve. Governors are well informed and ask searching questions about pupils' progress.",
        "At the previous inspection, inspectors asked the school to improve the quality of pupils' writing. Pupils now write at length in a range of subjects, and the proportion of pupils reaching the expected standard in writing at the end of Key Stage 2 is above the national average."]
safe = ["Leaders have ensured that all safeguarding arrangements are fit for purpose and records are detailed and of high quality. Staff are well trained and know what to do if they have a concern about a pupil."]
findings_b = ["Pupils make strong progress in reading in Key Stage 1 because phonics is taught well. Staff check pupils' understanding of letters and sounds regularly and provide extra help for those who fall behind.",
              "Disadvantaged pupils are catching up with their peers in mathematics. However, the most able disadvantaged pupils are not challenged consistently, and too few reach the higher standard by the end of Year 6.",
              "Attendance has improved since the previous inspection and is now in line with the national average. The rate of persistent absence among pupils who have special educational needs and/or disabilities remains too high."]
steps = ["the most able pupils, including those who are disadvantaged, are challenged consistently in mathematics so that more of them reach the higher standard",
         "leaders continue to work with families to reduce the persistent absence of pupils who have special educational needs and/or disabilities."]
blocks = [("raw", ["", "Ofsted", "Piccadilly Gate", "Store Street", "Manchester", "M1 2WD", "", "T 0300 123 4234", "www.gov.uk/ofsted", "", "", "17 February 2017", "", "Mrs Helen Darby", "Headteacher", "Castleford Lane Primary School", "Castleford Lane", "Whitby Bridge", "Cheshire", "CH7 4LB", "", "Dear Mrs Darby", "", "Short inspection of Castleford Lane Primary School", ""]),
          ("pb", intro), ("pb", "This school continues to be good.")] + [("pb", p) for p in body] + [
          ("raw", ["Safeguarding is effective.", ""])] + [("pb", p) for p in safe] + [("raw", ["Inspection findings", ""])] + [
          ("bullet", (D, t)) for t in findings_b] + [("raw", ["", "Next steps for the school", "", "Leaders and those responsible for governance should ensure that:", ""])] + [
          ("bullet", (D, t)) for t in steps] + [("raw", ""),
          ("pb", "I am copying this letter to the chair of the governing body, the regional schools commissioner and the director of children's services for Cheshire West and Chester. This letter will be published on the Ofsted website."),
          ("raw", ["Yours sincerely", "", "", "Martin Ashby", "Ofsted Inspector", "", "", "Information about the inspection", ""]),
          ("pb", "During the inspection, I met with you, the deputy headteacher and three governors. I visited classes with you and looked at pupils' work. I took account of 46 responses to Ofsted's online questionnaire, Parent View.")]
name = "school-ungraded-2017-castleford-lane-primary-test"
open(OUT + name + ".txt", "w").write(render(blocks))
gold(name, {"unnumberedNarrative": True, "type": "school-ungraded", "framework": "short",
            "provider": {"name": "Castleford Lane Primary School", "urn": None, "laCode": "896"}, "published": "2017-02-17",
            "inspection": {"start": "2017-02-07", "end": "2017-02-07"}, "inspectors": ["Martin Ashby"], "grades": []},
     [{"category": "narrative", "judgement": "safeguarding" if t in safe else None, "text": t} for t in body + safe + findings_b] + [{"category": "development", "judgement": None, "text": t} for t in steps])

# ---------- serious weaknesses monitoring 2018 ----------
E = "\u2013"
annex = [("Improve the quality of teaching, learning and assessment, so that pupils make good progress, by ensuring that teachers:",
          ["have consistently high expectations of what pupils can achieve", "use assessment information to plan work that meets pupils' needs", "follow the school's marking policy."]),
         ("Improve the effectiveness of leadership and management by:",
          ["making sure that leaders check the quality of teaching rigorously", "ensuring that governors hold leaders to account for pupils' progress."])]
further = ["ensure that the most able pupils are given work that makes them think hard in mathematics",
           "check that the new reading scheme is taught consistently in Key Stage 1."]
main = ["Leaders have acted quickly to improve the quality of teaching. Teachers now plan lessons that build on what pupils already know, and pupils' books show better progress in writing and mathematics since September.",
        "Governors have reorganised their committees and now receive clear information about pupils' progress. They ask leaders challenging questions and visit the school regularly to check that actions are making a difference.",
        "Pupils' behaviour in lessons has improved. Pupils told me that lessons are calmer and that they are able to concentrate on their work."]
ext = ["The local authority has provided effective support for leaders in English and mathematics. Advisers have worked alongside teachers to improve their planning."]
def annex_blocks():
    bl = []
    for head, subs in annex:
        bl.append(("bullet", (D, head)))
        bl.extend(("sub", (E, s)) for s in subs)
    return bl
blocks = [("raw", ["", "Ofsted", "Agora", "6 Cumberland Place", "Nottingham", "NG1 6HJ", "", "T 0300 123 1231", "", "", "22 March 2018", "", "Mr Daniel Whitcombe", "Headteacher", "Ashgrove Junior School", "Ashgrove Road", "Pelham", "Derbyshire", "DE9 3RS", "", "Dear Mr Whitcombe", "", "Serious weaknesses: monitoring inspection of Ashgrove Junior School", ""]),
          ("pb", "Following my visit to your school on 13 and 14 March 2018, I write on behalf of Her Majesty's Chief Inspector of Education, Children's Services and Skills to report the inspection findings. The visit was the first monitoring inspection since the school was judged to have serious weaknesses following the section 5 inspection that took place in June 2017. The full list of the areas for improvement that were identified during that inspection is set out in the annex to this letter."),
          ("raw", ["Having considered all the evidence I am of the opinion that at this time:", ""]),
          ("pb", "Leaders and managers are taking effective action towards the removal of the serious weaknesses designation."),
          ("raw", ["The school should take further action to:", ""])] + [("bullet", (D, t)) for t in further] + [("raw", ""),
          ("pb", "I am copying this letter to the chair of the governing body, the regional schools commissioner and the director of children's services for Derbyshire. This letter will be published on the Ofsted website."),
          ("raw", ["Yours sincerely", "", "", "Karen Oldroyd", "Her Majesty's Inspector", "", "\fAnnex", "", "The areas for improvement identified during the section 5 inspection in June 2017", ""])] + annex_blocks() + [
          ("raw", ["", "\fReport on the first monitoring inspection on 13 and 14 March 2018", "", "Evidence", ""]),
          ("pb", "I observed the school's work, scrutinised documents and met with the headteacher, other senior leaders, groups of pupils and three members of the governing body."),
          ("raw", ["Context", ""]), ("pb", "Since the section 5 inspection, two teachers have left the school and three have joined. The deputy headteacher has taken on the role of special educational needs coordinator."),
          ("raw", ["Main findings", ""])] + [("pb", p) for p in main] + [("raw", ["External support", ""])] + [("pb", p) for p in ext]
name = "school-monitoring-2018-ashgrove-junior-test"
open(OUT + name + ".txt", "w").write(render(blocks))
def annex_text(head, subs): return head + " " + " ".join(subs)
gold(name, {"unnumberedNarrative": True, "type": "school-ungraded", "framework": "monitoring-serious-weaknesses",
            "provider": {"name": "Ashgrove Junior School", "urn": None, "laCode": "830"}, "published": "2018-03-22",
            "inspection": {"start": "2018-03-13", "end": "2018-03-14"}, "inspectors": ["Karen Oldroyd"], "grades": []},
     [{"category": "development", "judgement": None, "text": t} for t in further]
     + [{"category": "development", "judgement": None, "text": annex_text(h, s)} for h, s in annex]
     + [{"category": "narrative", "judgement": None, "text": t} for t in main + ext])
