"""test17 report cards (1-5). Imported by sch_test17.py."""
from common17 import *  # noqa: F401,F403
from common17 import (SE, ES, EX, NA, UI, grid, sections, people, not_met_box, card_meta, card_find, card_head,
                      card_tail, card_areas, RENEWED, rows, curly)


def about(t):
    return "Constructed by blindsch17 (test17, a clean blind part; gold written from this description): " + t


CARDS = []

# ------------------------------------------------ 1. nursery, grade column first, "Not graded" first row, wrapped
C1 = curly(dict(
    name="Hebden Royd Nursery School", address="Valley Road, Hebden Bridge, West Yorkshire, HX7 7BZ", urn="107449",
    date="26 February 2026", inspectors=["Maureen Ackroyd"],
    areas=[
        ("Not graded", "Achievement", None, []),
        (SE, "Inclusion", "inclusion", [
            "Staff notice quickly when a child finds it hard to settle, to listen or to join in. Leaders ask the "
            "speech and language therapist for advice early and share her ideas with every key person.",
            "Children with an education, health and care plan learn alongside their friends. Adults use pictures "
            "and signs so that they can take part in every activity."]),
        (SE, "Curriculum and teaching", "curriculum-and-teaching", [
            "Leaders have chosen the stories, rhymes and songs that children learn each half term. Staff return to "
            "them often, so that children remember the words and use them in their play."]),
        (EX, "Attendance and behaviour", "attendance-and-behaviour", [
            "Children arrive keen to start the day. They follow the routines of the nursery without reminders and "
            "help one another to tidy up. Leaders telephone families on the first morning a child is absent."]),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Children learn to put on their own coats and boots, to pour drinks and to wash their hands. They walk "
            "to the canal towpath, the library and the fire station with staff."]),
        (ES, "Leadership and governance", "leadership-and-governance", [
            "The headteacher has a clear view of what the nursery does well. Governors are new to their roles and "
            "do not yet check closely enough how well the two-year-olds are learning."]),
        (SE, "Early years", "early-years", [
            "Two-year-olds settle quickly with their key person. Older children concentrate for long periods at "
            "the workbench and in the mud kitchen, and talk about what they are making."]),
    ],
    like=["Children at Hebden Royd are happy, busy and kind to each other. They love the garden, where they dig, "
          "build dens and look for minibeasts under the logs.",
          "Parents say that staff know their children very well and keep them informed every day."],
    steps=["Governors should check more closely how well the youngest children are learning and how the nursery "
           "spends its additional funding."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
           "The inspector confirmed the following information about the school:",
           "The school is a maintained nursery school for children aged 2 to 4.",
           "The nursery\u2019s achievement is not graded because no published outcomes are available for this age "
           "range."],
    people=people("Gillian Sutcliffe", "Maureen Ackroyd"),
    facts=[("Total pupils", "88", "Close to average"), ("Pupils eligible for free school meals (FSM)", "21.4%", "Close to average")],
))
CARDS.append(("report-card-2026-hebden-royd-nursery-grade-first-not-graded-first",
              card_head(C1["name"], C1["address"], C1["urn"], C1["date"])
              + grid(rows(C1), [64, 100], grade_first=True) + [("bp",)] + sections(C1["areas"]) + card_tail(C1),
              card_meta(C1, "2026-02-26", about(
                  "a maintained nursery school; the boxed grid's grade column FIRST (grade, then area), both narrow: "
                  "grade words wrapped ('Strong / standard'), long labels over two or three lines; the FIRST row "
                  "'Achievement' 'Not graded' (no grade, no section); the other six areas graded, early years among "
                  "them; each section after the grid headed by its label alone; safeguarding met (the fixed "
                  "paragraph no finding). No authority field: laCode null.")),
              card_find(C1), "tahoma"))

# ------------------------------------------------ 2. special 5-19, two areas to a row, early years N/A middle, not met
C2 = curly(dict(
    name="The Grange Park and Oakfield Federation of Special Schools for Pupils with Complex Learning Needs",
    address="Oakfield Lane, Kidsgrove, Stoke-on-Trent, Staffordshire, ST7 1DE", urn="124455",
    date="19 May 2026", inspectors=["Adebayo Okonkwo", "Fiona Harrop"], safeguarding="not-met",
    why=["Leaders have not made sure that staff record every use of physical intervention. Some records did not say "
         "why staff had held a pupil or for how long.",
         "Governors have not checked the school's records of physical intervention since the previous inspection."],
    areas=[
        (ES, "Inclusion", "inclusion", [
            "Every pupil has an education, health and care plan. Teachers turn the plans into small steps, and "
            "therapists work in classrooms every day."]),
        (ES, "Curriculum and teaching", "curriculum-and-teaching", [
            "The school teaches three pathways that match pupils' needs. Communication, using symbols, signing and "
            "switches, runs through every lesson.",
            "In some classes, adults move on before they have checked what pupils have learned."]),
        (ES, "Achievement", "achievement", [
            "Most pupils make progress towards the outcomes in their plans. Students in the post-16 department "
            "gain accredited awards in independent living."]),
        (SE, "Attendance and behaviour", "attendance-and-behaviour", [
            "Staff understand what pupils are communicating through their behaviour. Pupils are calm, and "
            "attendance is high for a school of this kind."]),
        ("Not applicable", "Early years", None, []),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils go swimming, horse riding and sailing. Older students shop, cook and use public transport with "
            "growing independence."]),
        (NA, "Leadership and governance", "leadership-and-governance", [
            "Leaders have improved the curriculum since the federation was formed. However, they have not made sure "
            "that the records of physical intervention are complete, and governors have not checked them."]),
        (ES, "Post-16 provision", "sixth-form", [
            "Students aged 16 to 19 learn the skills they need for adult life. Many take part in supported work "
            "experience at the garden centre next to the school."]),
    ],
    like=["Pupils at the federation's two sites are happy and well cared for. They enjoy the sensory garden, the "
          "music room and the hydrotherapy pool.",
          "Parents value the daily home-school diaries and the advice that therapists give them."],
    steps=["Leaders must make sure that every use of physical intervention is recorded in full.",
           "Governors must check the records of physical intervention regularly.",
           "Leaders should make sure that adults check what pupils have learned before they move on."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school is a federation of two special schools on two sites for pupils aged 5 to 19.",
           "The school does not use alternative provision."],
    people=people("Helen Brassington", "Adebayo Okonkwo", [("Fiona Harrop", "Ofsted Inspector")]),
    facts=[("Total pupils", "212", "Above average"), ("Pupils eligible for free school meals (FSM)", "49.1%", "Above average")],
))
CARDS.append(("report-card-2026-grange-park-oakfield-special-two-up-grid-not-met",
              card_head(C2["name"], C2["address"], C2["urn"], C2["date"], safeguarding=not_met_box(C2["why"]))
              + grid(rows(C2), [112, 100, 112, 100], per_row=2) + [("bp",)] + sections(C2["areas"]) + card_tail(C2),
              card_meta(C2, "2026-05-19", about(
                  "a special school (a federation, pupils aged 5 to 19) whose long name wraps over two lines of the "
                  "title; the boxed grid TWO AREAS TO A ROW (label, grade, label, grade), labels and grade words "
                  "wrapped; 'Early years' 'Not applicable' in the MIDDLE of the grid (third row, left pair: no grade, "
                  "no section); 'Post-16 provision' graded (sixth-form); leadership 'Needs attention'; safeguarding "
                  "NOT met: the fixed paragraph no finding, the two paragraphs after it narrative safeguarding. "
                  "laCode null (no field).")),
              card_find(C2), True))

# ------------------------------------------------ 3. all-through 4-18, headed grid split, empty grade cell middle
C3 = curly(dict(
    name="Kingsmead Vale All-Through Academy", address="Vale Road, Kingsmead, Northwich, Cheshire, CW9 8AF",
    urn="151822", date="8 October 2026",
    inspectors=["Patrick Delaney", "Asha Mistry", "Jonathan Carew", "Rebecca Halstead"],
    areas=[
        (SE, "Inclusion", "inclusion", [
            "Leaders identify pupils' needs quickly, including when pupils join the academy during the "
            "school year. Teachers receive precise advice on how to adapt their lessons."]),
        (ES, "Curriculum and teaching", "curriculum-and-teaching", [
            "The curriculum is planned from the Reception Year to the sixth form. In most subjects, teachers "
            "revisit important knowledge so that pupils remember it.",
            "In design and technology and in computing in key stage 3, the curriculum is at an early stage, and "
            "pupils' work does not yet show secure knowledge."]),
        ("", "Achievement", None, []),
        (SE, "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils behave well in lessons and at social times. Attendance is above the national average in the "
            "primary phase and close to it in the secondary phase."]),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Older pupils read with younger ones each week. The programme of clubs, trips and residential visits "
            "is well attended by disadvantaged pupils."]),
        (ES, "Leadership and governance", "leadership-and-governance", [
            "Leaders and trustees have a clear plan for the academy's growth. They have rightly focused on "
            "strengthening the curriculum in the subjects that opened most recently."]),
        (SE, "Early years", "early-years", [
            "Children in the Reception Year learn to read quickly. Staff teach phonics precisely and check each "
            "week which children need extra practice."]),
        (ES, "Post-16 provision", "sixth-form", [
            "The sixth form opened in September 2025. Students follow A-level and technical courses and receive "
            "careful guidance about their next steps."]),
    ],
    like=["Pupils at Kingsmead Vale, from the youngest children to the sixth form, say that they belong to one "
          "school. They are proud of the new buildings and of the academy's sports teams.",
          "Pupils feel safe. They trust staff to help them if they are worried."],
    steps=["Leaders should make sure that the curriculum in design and technology and computing in key stage 3 sets "
           "out the knowledge that pupils need.",
           "Leaders should check that teachers in the secondary phase follow up pupils' absence as quickly as "
           "teachers in the primary phase do."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The academy opened in September 2023 and has not yet had pupils take national tests or examinations, "
           "so achievement has no grade.",
           "The academy is part of the Weaver Valley Learning Trust."],
    people=people("Dr Anil Varma", "Patrick Delaney", [("Asha Mistry", "His Majesty\u2019s Inspector"),
                                                      ("Jonathan Carew", "Ofsted Inspector"),
                                                      ("Rebecca Halstead", "Ofsted Inspector")]),
    facts=[("Total pupils", "1,034", "Above average"), ("Pupils eligible for free school meals (FSM)", "15.2%", "Below average")],
))
CARDS.append(("report-card-2026-kingsmead-vale-all-through-split-grid-empty-cell",
              card_head(C3["name"], C3["address"], C3["urn"], C3["date"])
              + grid(rows(C3), [96, 58], header=["Evaluation area", "Grade"], split_after=4)
              + [("bp",)] + sections(C3["areas"]) + card_tail(C3),
              card_meta(C3, "2026-10-08", about(
                  "an all-through academy aged 4 to 18 with a sixth form; a headed boxed grid ('Evaluation area' / "
                  "'Grade') broken by a page break after its fourth row with the header repeated; labels wrapped "
                  "(narrow label column) and grade words wrapped ('Strong / standard', 'Expected / standard'); "
                  "'Achievement' (third row, the MIDDLE) has an EMPTY grade cell: no grade, no section; early years "
                  "and 'Post-16 provision' (sixth-form) graded; safeguarding met. Lead inspector then three team "
                  "inspectors. laCode null.")),
              card_find(C3), "tahoma"))

# ------------------------------------------------ 4. primary with nursery, grid + pills under labels, N/A last
C4 = curly(dict(
    name="St Oswald's Church of England Primary School and Nursery", address="Church Street, Bidston, Wirral, CH43 7QY",
    urn="105086", date="3 June 2026", inspectors=["Louise Fairclough", "Mohammed Ilyas"],
    areas=[
        (ES, "Inclusion", "inclusion", [
            "The school identifies pupils' special educational needs early. Support in class helps most pupils to "
            "keep up, although some plans set targets that are too general."]),
        (ES, "Curriculum and teaching", "curriculum-and-teaching", [
            "The school has planned an ambitious curriculum. Reading is taught well from the Nursery class "
            "onwards, and pupils who fall behind catch up quickly.",
            "In history and geography, teachers do not always check what pupils remember from earlier years."]),
        (ES, "Achievement", "achievement", [
            "Pupils' results in the national tests at the end of Year 6 are close to the national average. "
            "Disadvantaged pupils achieve less well in writing."]),
        (SE, "Attendance and behaviour", "attendance-and-behaviour", [
            "Pupils are polite and attentive. The school has reduced persistent absence by working closely with "
            "families."]),
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils take on responsibilities as eco-councillors, play leaders and members of the worship team. "
            "They learn about faiths and cultures different from their own."]),
        (ES, "Leadership and governance", "leadership-and-governance", [
            "Leaders know the school's strengths and what needs to improve. Governors visit regularly and ask "
            "leaders searching questions about pupils' achievement."]),
        (SE, "Early years", "early-years", [
            "Children in the Nursery and Reception classes learn in a calm, well-organised environment. Adults "
            "model language carefully and introduce new words through stories."]),
        ("Not applicable", "Post-16 provision", None, []),
    ],
    like=["Pupils at St Oswald's enjoy coming to school. They say that everyone is welcome and that staff help "
          "them when they find work difficult.",
          "Pupils look forward to the residential visit in Year 6 and to the school's music festival."],
    steps=["Leaders should make sure that teachers check what pupils remember in the wider curriculum.",
           "Leaders should improve the writing of disadvantaged pupils."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school is a voluntary aided Church of England school in the Diocese of Chester.",
           "The school runs a breakfast club."],
    people=people("Rachel Whitfield", "Louise Fairclough", [("Mohammed Ilyas", "Ofsted Inspector")]),
    facts=[("Total pupils", "342", "Above average"), ("Pupils eligible for free school meals (FSM)", "33.8%", "Above average")],
))
CARDS.append(("report-card-2026-st-oswalds-bidston-grid-pills-not-applicable-last",
              card_head(C4["name"], C4["address"], C4["urn"], C4["date"])
              + grid(rows(C4), [250, 120]) + [("bp",)] + sections(C4["areas"], pill_under=True) + card_tail(C4),
              card_meta(C4, "2026-06-03", about(
                  "a primary school with a nursery; a boxed grid of label and grade at full width; the LAST row "
                  "'Post-16 provision' 'Not applicable' (no grade, no section); after the grid each section's label "
                  "with its grade pill on its own line UNDER the label (the same grade as the grid's); early years "
                  "graded; safeguarding met. laCode null (the address's Wirral is no field).")),
              card_find(C4), True))

# ------------------------------------------------ 5. secondary 11-16, grouped, pill above label, long name, not met
C5 = curly(dict(
    name="Bishop Anselm Catholic High School and Specialist Centre for Autism, a Voluntary Academy",
    address="Anselm Road, Bebington, Wirral, CH63 5PD", urn="140883", date="12 November 2026",
    inspectors=["Siobhan Rourke", "Nathaniel Crabtree", "Yasmin Chaudhry"], safeguarding="not-met",
    why=["Leaders have not made sure that pupils who attend alternative provision are safe. The school does not "
         "check daily that these pupils have arrived."],
    areas=[
        (SE, "Personal development and wellbeing", "personal-development-and-wellbeing", [
            "Pupils learn about healthy relationships, money and careers in a well-planned programme. Every pupil in "
            "Year 10 completes a week of work experience."]),
        (ES, "Inclusion", "inclusion", [
            "Pupils in the specialist centre for autism learn in small groups and join mainstream lessons when they "
            "are ready. Their plans are reviewed with families each term."]),
        (ES, "Curriculum and teaching", "curriculum-and-teaching", [
            "Teachers have strong subject knowledge. In mathematics and science, they explain new ideas clearly "
            "and check pupils' understanding before moving on."]),
        (ES, "Attendance and behaviour", "attendance-and-behaviour", [
            "Most pupils behave well. Attendance is improving, but too many disadvantaged pupils are persistently "
            "absent."]),
        (NA, "Achievement", "achievement", [
            "Pupils' results at the end of Year 11 have been below the national average for three years. "
            "Disadvantaged pupils achieve much less well than others in English and mathematics."]),
        (UI, "Leadership and governance", "leadership-and-governance", [
            "Leaders and governors have not made sure that the arrangements for pupils in alternative provision "
            "are safe. They have not acted quickly enough on weak outcomes in English."]),
    ],
    like=["Pupils at Bishop Anselm are friendly and respectful. They value the chaplaincy and the many charity "
          "events that the school organises.",
          "Pupils in the specialist centre say that staff understand them and help them to feel calm."],
    steps=["Leaders must check every day that pupils who attend alternative provision have arrived safely.",
           "Leaders must improve the achievement of disadvantaged pupils in English and mathematics.",
           "Leaders should reduce the persistent absence of disadvantaged pupils."],
    about=["Inspectors carried out this full inspection under section 5 of the Education Act 2005.", RENEWED,
           "The inspectors confirmed the following information about the school:",
           "The school has a specialist centre for 30 pupils with autism.",
           "The school uses three registered alternative providers."],
    people=people("Dominic Keane", "Siobhan Rourke", [("Nathaniel Crabtree", "Ofsted Inspector"),
                                                     ("Yasmin Chaudhry", "Ofsted Inspector")]),
    facts=[("Total pupils", "868", "Close to average"), ("Pupils eligible for free school meals (FSM)", "28.7%", "Above average")],
))
CARDS.append(("report-card-2026-bishop-anselm-secondary-pill-above-long-name-not-met",
              card_head(C5["name"], C5["address"], C5["urn"], C5["date"], safeguarding=not_met_box(C5["why"]))
              + card_areas(C5["areas"], pill_first=True) + card_tail(C5),
              card_meta(C5, "2026-11-12", about(
                  "an 11-16 secondary school whose long name wraps over two lines of the title; no grid: the areas "
                  "grouped by grade, the group's grade line heading each page (no grade), each area's grade pill "
                  "printed on the line ABOVE its label (right-aligned); no early years, no post-16; achievement "
                  "'Needs attention', leadership 'Urgent improvement'; safeguarding NOT met (one paragraph after the "
                  "fixed one: narrative safeguarding). laCode null.")),
              card_find(C5), "tahoma"))
