#pragma once
// Hand-counted test data for the readability engine (English).
// The counting rules are documented in docs/readability.md; each case shows
// the per-word syllable breakdown it was counted from. Written for Roundtable.
#include <string_view>

namespace rt::language::test {

struct CountCase {
    std::string_view text;
    int sentences;
    int words;
    int syllables;
};

// Single sentences mostly; some with two or three. Numbers count one syllable
// per digit, acronyms one per letter (W = 3), the listed abbreviations (Dr.,
// Mr., Mrs., Ms., St., e.g., i.e., etc., vs., approx., No. before a digit) have
// fixed counts and never end a sentence.
inline constexpr CountCase count_cases[] = {
    // The(1) council(2) meeting(2) starts(1) at(1) 6(1) on(1) Tuesday(2)
    //   -> 1 sentence, 8 words, 11 syllables
    {"The council meeting starts at 6 on Tuesday.", 1, 8, 11},
    // Dr.(2) Patel(2) saw(1) 12(2) people(2)
    //   -> 1 sentence, 5 words, 9 syllables
    {"Dr. Patel saw 12 people.", 1, 5, 9},
    // Please(1) bring(1) your(1) care(1) plan(1) to(1) the(1) appointment(3)
    //   -> 1 sentence, 8 words, 10 syllables
    {"Please bring your care plan to the appointment.", 1, 8, 10},
    // We(1) wanted(2) to(1) hear(1) from(1) carers(2) who(1) had(1) used(1) the(1) service(2)
    //   -> 1 sentence, 11 words, 14 syllables
    {"We wanted to hear from carers who had used the service.", 1, 11, 14},
    // An(1) interpreter(4) will(1) be(1) there(1) if(1) you(1) need(1) one(1)
    //   -> 1 sentence, 9 words, 12 syllables
    {"An interpreter will be there if you need one.", 1, 9, 12},
    // Residents(3) shared(1) one(1) simple(2) idea(3) for(1) the(1) area(3)
    //   -> 1 sentence, 8 words, 15 syllables
    {"Residents shared one simple idea for the area.", 1, 8, 15},
    // Every(3) table(2) in(1) the(1) hall(1) is(1) free(1) on(1) Wednesday(2)
    //   -> 1 sentence, 9 words, 13 syllables
    {"Every table in the hall is free on Wednesday.", 1, 9, 13},
    // The(1) NHS(3) and(1) the(1) GP(2) surgery(3) liked(1) the(1) plan(1)
    //   -> 1 sentence, 9 words, 14 syllables
    {"The NHS and the GP surgery liked the plan.", 1, 9, 14},
    // If(1) you(1) need(1) A&E(2) call(1) 999(3)
    //   -> 1 sentence, 6 words, 9 syllables
    {"If you need A&E, call 999.", 1, 6, 9},
    // We(1) spent(1) 1,200(4) on(1) transport(2) and(1) 3.5(2) hours(1) on(1) forms(1)
    //   -> 1 sentence, 10 words, 15 syllables
    {"We spent £1,200 on transport and 3.5 hours on forms.", 1, 10, 15},
    // The(1) report(2) for(1) 2026(4) is(1) ready(2)
    //   -> 1 sentence, 6 words, 11 syllables
    {"The report for 2026 is ready.", 1, 6, 11},
    // Don't(1) worry(2) if(1) you(1) can't(1) come(1)
    //   -> 1 sentence, 6 words, 7 syllables
    {"Don't worry if you can't come.", 1, 6, 7},
    // The(1) carers'(2) group(1) meets(1) in(1) St.(1) Mary's(2) Church(1)
    //   -> 1 sentence, 8 words, 10 syllables
    {"The carers' group meets in St. Mary's Church.", 1, 8, 10},
    // The(1) well-being(3) drop-in(2) is(1) a(1) face-to-face(3) service(2)
    //   -> 1 sentence, 7 words, 13 syllables
    {"The well-being drop-in is a face-to-face service.", 1, 7, 13},
    // We(1) offer(2) step-down(2) beds(1) and(1) long-term(2) support(2)
    //   -> 1 sentence, 7 words, 11 syllables
    {"We offer step-down beds and long-term support.", 1, 7, 11},
    // Bring(1) photo(2) ID(2) e.g.(2) a(1) passport(2) or(1) a(1) driving(2) licence(2)
    //   -> 1 sentence, 10 words, 16 syllables
    {"Bring photo ID, e.g. a passport or a driving licence.", 1, 10, 16},
    // Snacks(1) drinks(1) games(1) etc.(4) are(1) provided(3) by(1) the(1) centre(2)
    //   -> 1 sentence, 9 words, 15 syllables
    {"Snacks, drinks, games, etc. are provided by the centre.", 1, 9, 15},
    // Mrs.(2) Ahmed(2) and(1) Mr.(2) Jones(1) asked(1) about(2) the(1) lift(1)
    //   -> 1 sentence, 9 words, 13 syllables
    {"Mrs. Ahmed and Mr. Jones asked about the lift.", 1, 9, 13},
    // Ms.(1) Okafor(3) chaired(1) the(1) meeting(2) i.e.(2) she(1) kept(1) time(1)
    //   -> 1 sentence, 9 words, 13 syllables
    {"Ms. Okafor chaired the meeting, i.e. she kept time.", 1, 9, 13},
    // About(2) 40(2) people(2) came(1) Most(1) stayed(1) for(1) lunch(1)
    //   -> 2 sentences, 8 words, 11 syllables
    {"About 40 people came. Most stayed for lunch.", 2, 8, 11},
    // Is(1) the(1) venue(2) accessible(4) Yes(1) there(1) is(1) a(1) ramp(1) and(1) a(1) lift(1)
    //   -> 2 sentences, 12 words, 16 syllables
    {"Is the venue accessible? Yes, there is a ramp and a lift.", 2, 12, 16},
    // Thank(1) you(1) We(1) received(2) 150(3) replies(2)
    //   -> 2 sentences, 6 words, 10 syllables
    {"Thank you! We received 150 replies.", 2, 6, 10},
    // What(1) happens(2) next(1) We(1) will(1) write(1) to(1) you(1)
    //   -> 2 sentences, 8 words, 9 syllables
    {"What happens next?! We will write to you.", 2, 8, 9},
    // She(1) said(1) We(1) will(1) come(1) to(1) the(1) forum(2) Then(1) she(1) left(1)
    //   -> 2 sentences, 11 words, 12 syllables
    {"She said, “We will come to the forum.” Then she left.", 2, 11, 12},
    // He(1) asked(1) Is(1) the(1) room(1) quiet(2) Nobody(3) knew(1)
    //   -> 2 sentences, 8 words, 11 syllables
    {"He asked, \"Is the room quiet?\" Nobody knew.", 2, 8, 11},
    // The(1) toilets(2) on(1) the(1) ground(1) floor(1) are(1) suitable(3) for(1) wheelchair(2) users(2)
    //   -> 1 sentence, 11 words, 16 syllables
    {"The toilets (on the ground floor) are suitable for wheelchair users.", 1, 11, 16},
    // The(1) session(2) open(2) to(1) all(1) residents(3) is(1) free(1)
    //   -> 1 sentence, 8 words, 12 syllables
    {"The session – open to all residents – is free.", 1, 8, 12},
    // Transport(2) is(1) available(4) just(1) ask(1) the(1) office(2)
    //   -> 1 sentence, 7 words, 12 syllables
    {"Transport is available — just ask the office.", 1, 7, 12},
    // Wait(1) the(1) bus(1) is(1) late(1)
    //   -> 2 sentences, 5 words, 5 syllables
    {"Wait... the bus is late.", 2, 5, 5},
    // Meeting(2) notes(1) We(1) met(1) on(1) Monday(2) and(1) agreed(2) three(1) actions(2)
    //   -> 2 sentences, 10 words, 14 syllables
    {"Meeting notes\n\nWe met on Monday and agreed three actions.", 2, 10, 14},
    // We(1) met(1) on(1) Monday(2) and(1) agreed(2) the(1) budget(2)
    //   -> 1 sentence, 8 words, 11 syllables
    {"We met on Monday\nand agreed the budget.", 1, 8, 11},
    // Tea(1) and(1) biscuits(2) from(1) 10(2) until(2) 12(2)
    //   -> 1 sentence, 7 words, 11 syllables
    {"Tea and biscuits from 10 until 12", 1, 7, 11},
    // We(1) asked(1) if(1) it(1) was(1) free(1) No(1) It(1) costs(1) 5(1)
    //   -> 3 sentences, 10 words, 10 syllables
    {"We asked if it was free. No. It costs £5.", 3, 10, 10},
    // Go(1) to(1) room(1) No.(2) 4(1) on(1) the(1) left(1)
    //   -> 1 sentence, 8 words, 9 syllables
    {"Go to room No. 4 on the left.", 1, 8, 9},
    // The(1) DWP(5) letter(2) explained(2) the(1) change(1)
    //   -> 1 sentence, 6 words, 12 syllables
    {"The DWP letter explained the change.", 1, 6, 12},
    // Social(2) workers(2) and(1) OT(2) staff(1) visited(3) 25(2) homes(1)
    //   -> 1 sentence, 8 words, 14 syllables
    {"Social workers and OT staff visited 25 homes.", 1, 8, 14},
    // The(1) pharmacy(3) is(1) closed(1) on(1) bank(1) holidays(3)
    //   -> 1 sentence, 7 words, 11 syllables
    {"The pharmacy is closed on bank holidays.", 1, 7, 11},
    // Patients(2) with(1) diabetes(4) can(1) join(1) a(1) free(1) course(1)
    //   -> 1 sentence, 8 words, 12 syllables
    {"Patients with diabetes can join a free course.", 1, 8, 12},
    // The(1) coordinator(5) will(1) create(2) a(1) quiet(2) space(1)
    //   -> 1 sentence, 7 words, 13 syllables
    {"The coordinator will create a quiet space.", 1, 7, 13},
    // Young(1) people(2) said(1) the(1) video(3) was(1) very(2) useful(2)
    //   -> 1 sentence, 8 words, 13 syllables
    {"Young people said the video was very useful.", 1, 8, 13},
    // Various(3) groups(1) gave(1) their(1) opinion(3) on(1) the(1) idea(3)
    //   -> 1 sentence, 8 words, 14 syllables
    {"Various groups gave their opinion on the idea.", 1, 8, 14},
    // We(1) sent(1) a(1) survey(2) to(1) residents(3) in(1) every(3) ward(1)
    //   -> 1 sentence, 9 words, 14 syllables
    {"We sent a survey to residents in every ward.", 1, 9, 14},
    // Carers(2) told(1) us(1) that(1) time(1) and(1) money(2) are(1) the(1) biggest(2) worries(2)
    //   -> 1 sentence, 11 words, 15 syllables
    {"Carers told us that time and money are the biggest worries.", 1, 11, 15},
    // A(1) young(1) poet(2) read(1) a(1) poem(2) about(2) the(1) fire(1)
    //   -> 1 sentence, 9 words, 12 syllables
    {"A young poet read a poem about the fire.", 1, 9, 12},
    // The(1) business(2) plan(1) is(1) due(1) in(1) an(1) hour(1)
    //   -> 1 sentence, 8 words, 9 syllables
    {"The business plan is due in an hour.", 1, 8, 9},
    // Whole(1) households(2) came(1) to(1) the(1) fun(1) day(1) in(1) the(1) park(1)
    //   -> 1 sentence, 10 words, 11 syllables
    {"Whole households came to the fun day in the park.", 1, 10, 11},
    // Staff(1) couldn’t(2) find(1) the(1) translated(3) leaflets(2)
    //   -> 1 sentence, 6 words, 10 syllables
    {"Staff couldn’t find the translated leaflets.", 1, 6, 10},
    // The(1) co-production(4) group(1) will(1) review(2) the(1) follow-up(3) survey(2)
    //   -> 1 sentence, 8 words, 15 syllables
    {"The co-production group will review the follow-up survey.", 1, 8, 15},
    // We(1) expect(2) approx.(4) 30(2) residents(3) and(1) 12(2) staff(1)
    //   -> 1 sentence, 8 words, 16 syllables
    {"We expect approx. 30 residents and 12 staff.", 1, 8, 16},
    // It(1) was(1) the(1) council(2) vs.(2) the(1) landlord(2)
    //   -> 1 sentence, 7 words, 10 syllables
    {"It was the council vs. the landlord.", 1, 7, 10},
    // I'm(1) sure(1) the(1) changes(2) will(1) help(1) older(2) people(2)
    //   -> 1 sentence, 8 words, 11 syllables
    {"I'm sure the changes will help older people.", 1, 8, 11},
    // Please(1) complete(2) the(1) form(1) and(1) return(2) it(1) by(1) Friday(2)
    //   -> 1 sentence, 9 words, 12 syllables
    {"Please complete the form and return it by Friday.", 1, 9, 12},
    // Information(4) is(1) available(4) in(1) 6(1) languages(3)
    //   -> 1 sentence, 6 words, 14 syllables
    {"Information is available in 6 languages.", 1, 6, 14},
    // The(1) KPI(3) and(1) the(1) CQC(3) report(2) were(1) discussed(2)
    //   -> 1 sentence, 8 words, 14 syllables
    {"The KPI and the CQC report were discussed.", 1, 8, 14},
    // Come(1) along(2) Bring(1) a(1) friend(1) Any(2) questions(2)
    //   -> 3 sentences, 7 words, 10 syllables
    {"Come along. Bring a friend! Any questions?", 3, 7, 10},
    // The(1) rules(1) changed(1) in(1) 2024(4) so(1) the(1) service(2) moved(1)
    //   -> 1 sentence, 9 words, 13 syllables
    {"The rules changed in 2024, so the service moved.", 1, 9, 13},
    // Little(2) by(1) little(2) the(1) community(4) garden(2) grew(1)
    //   -> 1 sentence, 7 words, 13 syllables
    {"Little by little, the community garden grew.", 1, 7, 13},
    // Someone(2) phoned(1) asked(1) for(1) advice(2) and(1) hoped(1) we'd(1) call(1) back(1)
    //   -> 1 sentence, 10 words, 12 syllables
    {"Someone phoned, asked for advice and hoped we'd call back.", 1, 10, 12},
    // Nurses(2) checked(1) the(1) homes(1) and(1) changed(1) some(1) care(1) plans(1)
    //   -> 1 sentence, 9 words, 10 syllables
    {"Nurses checked the homes and changed some care plans.", 1, 9, 10},
    // The(1) idea(3) of(1) a(1) quiet(2) area(3) for(1) people(2) with(1) dementia(3) came(1) up(1)
    //   -> 1 sentence, 12 words, 20 syllables
    {"The idea of a quiet area for people with dementia came up.", 1, 12, 20},
    // Simple(2) changes(2) like(1) these(1) make(1) life(1) easier(3)
    //   -> 1 sentence, 7 words, 11 syllables
    {"Simple changes like these make life easier.", 1, 7, 11},
    // A(1) trained(1) volunteer(3) explained(2) the(1) whole(1) process(2)
    //   -> 1 sentence, 7 words, 11 syllables
    {"A trained volunteer explained the whole process.", 1, 7, 11},
    // Create(2) a(1) space(1) where(1) people(2) feel(1) welcome(2)
    //   -> 1 sentence, 7 words, 10 syllables
    {"Create a space where people feel welcome.", 1, 7, 10},
    // We(1) hoped(1) the(1) new(1) ramp(1) would(1) make(1) the(1) entrance(2) safer(2)
    //   -> 1 sentence, 10 words, 12 syllables
    {"We hoped the new ramp would make the entrance safer.", 1, 10, 12},
    // Some(1) residents(3) used(1) the(1) pilot(2) scheme(1) before(2) it(1) closed(1)
    //   -> 1 sentence, 9 words, 13 syllables
    {"Some residents used the pilot scheme before it closed.", 1, 9, 13},
    // The(1) video(3) and(1) radio(3) adverts(2) reached(1) more(1) people(2)
    //   -> 1 sentence, 8 words, 14 syllables
    {"The video and radio adverts reached more people.", 1, 8, 14},
    // Gentle(2) exercise(3) classes(2) are(1) held(1) in(1) the(1) church(1) hall(1)
    //   -> 1 sentence, 9 words, 13 syllables
    {"Gentle exercise classes are held in the church hall.", 1, 9, 13},
    // Staff(1) smiled(1) waved(1) and(1) welcomed(2) the(1) visitors(3)
    //   -> 1 sentence, 7 words, 10 syllables
    {"Staff smiled, waved and welcomed the visitors.", 1, 7, 10},
    // The(1) nurse(1) gave(1) advice(2) on(1) safe(1) exercise(3)
    //   -> 1 sentence, 7 words, 10 syllables
    {"The nurse gave advice on safe exercise.", 1, 7, 10},
    // Those(1) who(1) joined(1) late(1) were(1) placed(1) in(1) a(1) smaller(2) group(1)
    //   -> 1 sentence, 10 words, 11 syllables
    {"Those who joined late were placed in a smaller group.", 1, 10, 11},
    // The(1) lively(2) quiz(1) raised(1) money(2) for(1) the(1) food(1) bank(1)
    //   -> 1 sentence, 9 words, 11 syllables
    {"The lively quiz raised money for the food bank.", 1, 9, 11},
    // We(1) noticed(2) the(1) stairs(1) were(1) unsafe(2) and(1) reported(3) it(1)
    //   -> 1 sentence, 9 words, 13 syllables
    {"We noticed the stairs were unsafe and reported it.", 1, 9, 13},
};

struct FleschCase {
    std::string_view text;
    int sentences;
    int words;
    int syllables;
    double reading_ease;  // rounded to 2 decimals: compare with a tolerance of 0.01
    double grade;         // rounded to 2 decimals: compare with a tolerance of 0.01
};

// FRE  = 206.835 - 1.015*(W/S) - 84.6*(Syl/W)   (Flesch 1948)
// FKGL = 0.39*(W/S) + 11.8*(Syl/W) - 15.59      (Kincaid et al. 1975)
// Values computed independently with python3 from the hand counts below.
inline constexpr FleschCase flesch_cases[] = {
    // S1: The(1) council(2) wants(1) to(1) hear(1) from(1) you(1) -> 7 words, 8 syllables
    // S2: Come(1) to(1) the(1) meeting(2) on(1) Tuesday(2) -> 6 words, 8 syllables
    // S3: There(1) will(1) be(1) tea(1) and(1) cake(1) -> 6 words, 6 syllables
    // S=3 W=19 Syl=22; W/S = 6.333333; Syl/W = 1.157895
    // FRE  = 206.835 - 1.015*6.333333 - 84.6*1.157895 = 102.448772 -> 102.45
    // FKGL = 0.39*6.333333 + 11.8*1.157895 - 15.59 = 0.543158 -> 0.54
    {"The council wants to hear from you. Come to the meeting on Tuesday. There will be tea and cake.",
     3, 19, 22, 102.45, 0.54},
    // S1: An(1) interpreter(4) can(1) come(1) to(1) your(1) appointment(3) -> 7 words, 12 syllables
    // S2: Please(1) tell(1) us(1) which(1) language(2) you(1) speak(1) -> 7 words, 8 syllables
    // S3: We(1) will(1) book(1) one(1) for(1) you(1) -> 6 words, 6 syllables
    // S=3 W=20 Syl=26; W/S = 6.666667; Syl/W = 1.300000
    // FRE  = 206.835 - 1.015*6.666667 - 84.6*1.300000 = 90.088333 -> 90.09
    // FKGL = 0.39*6.666667 + 11.8*1.300000 - 15.59 = 2.350000 -> 2.35
    {"An interpreter can come to your appointment. Please tell us which language you speak. We will book one for you.",
     3, 20, 26, 90.09, 2.35},
    // S1: The(1) integrated(4) care(1) board(1) will(1) commission(3) a(1) holistic(3) reablement(4) pathway(2) -> 10 words, 21 syllables
    // S2: Stakeholder(3) engagement(3) activities(4) will(1) inform(2) the(1) outcomes(2) framework(2) -> 8 words, 18 syllables
    // S3: Deliverables(5) will(1) be(1) monitored(3) quarterly(3) -> 5 words, 13 syllables
    // S=3 W=23 Syl=52; W/S = 7.666667; Syl/W = 2.260870
    // FRE  = 206.835 - 1.015*7.666667 - 84.6*2.260870 = 7.783768 -> 7.78
    // FKGL = 0.39*7.666667 + 11.8*2.260870 - 15.59 = 14.078261 -> 14.08
    {"The integrated care board will commission a holistic reablement pathway. Stakeholder engagement activities will inform the outcomes framework. Deliverables will be monitored quarterly.",
     3, 23, 52, 7.78, 14.08},
    // S1: Carers'(2) week(1) starts(1) on(1) 9(1) June(1) -> 6 words, 7 syllables
    // S2: We(1) have(1) planned(1) 12(2) free(1) events(2) across(2) the(1) borough(2) -> 9 words, 13 syllables
    // S3: Some(1) are(1) online(2) and(1) some(1) are(1) face-to-face(3) -> 7 words, 10 syllables
    // S4: Book(1) a(1) place(1) by(1) phone(1) or(1) at(1) the(1) town(1) hall(1) today(2) -> 11 words, 12 syllables
    // S=4 W=33 Syl=42; W/S = 8.250000; Syl/W = 1.272727
    // FRE  = 206.835 - 1.015*8.250000 - 84.6*1.272727 = 90.788523 -> 90.79
    // FKGL = 0.39*8.250000 + 11.8*1.272727 - 15.59 = 2.645682 -> 2.65
    {"Carers' week starts on 9 June. We have planned 12 free events across the borough. Some are online and some are face-to-face. Book a place by phone or at the town hall today.",
     4, 33, 42, 90.79, 2.65},
    // S1: We(1) want(1) to(1) make(1) the(1) park(1) better(2) -> 7 words, 8 syllables
    // S2: Tell(1) us(1) what(1) you(1) like(1) -> 5 words, 5 syllables
    // S3: Tell(1) us(1) what(1) you(1) do(1) not(1) like(1) -> 7 words, 7 syllables
    // S4: You(1) can(1) write(1) draw(1) or(1) talk(1) to(1) us(1) -> 8 words, 8 syllables
    // S=4 W=27 Syl=28; W/S = 6.750000; Syl/W = 1.037037
    // FRE  = 206.835 - 1.015*6.750000 - 84.6*1.037037 = 112.250417 -> 112.25
    // FKGL = 0.39*6.750000 + 11.8*1.037037 - 15.59 = -0.720463 -> -0.72
    {"We want to make the park better. Tell us what you like. Tell us what you do not like. You can write, draw or talk to us.",
     4, 27, 28, 112.25, -0.72},
    // S1: In(1) 2025(4) the(1) service(2) supported(3) 1,200(4) residents(3) -> 7 words, 18 syllables
    // S2: Most(1) people(2) waited(2) less(1) than(1) 3(1) weeks(1) -> 7 words, 9 syllables
    // S3: Dr.(2) Khan(1) said(1) the(1) results(2) were(1) encouraging(4) -> 7 words, 12 syllables
    // S4: We(1) will(1) publish(2) the(1) full(1) report(2) in(1) the(1) spring(1) -> 9 words, 11 syllables
    // S=4 W=30 Syl=50; W/S = 7.500000; Syl/W = 1.666667
    // FRE  = 206.835 - 1.015*7.500000 - 84.6*1.666667 = 58.222500 -> 58.22
    // FKGL = 0.39*7.500000 + 11.8*1.666667 - 15.59 = 7.001667 -> 7.00
    {"In 2025, the service supported 1,200 residents. Most people waited less than 3 weeks. Dr. Khan said the results were encouraging. We will publish the full report in the spring.",
     4, 30, 50, 58.22, 7.00},
    // S1: Social(2) prescribing(3) links(1) you(1) with(1) local(2) help(1) -> 7 words, 11 syllables
    // S2: A(1) link(1) worker(2) will(1) call(1) you(1) -> 6 words, 7 syllables
    // S3: They(1) will(1) ask(1) what(1) matters(2) to(1) you(1) -> 7 words, 8 syllables
    // S4: Then(1) they(1) can(1) suggest(2) groups(1) classes(2) or(1) advice(2) -> 8 words, 11 syllables
    // S5: It(1) is(1) free(1) and(1) you(1) do(1) not(1) need(1) a(1) referral(3) -> 10 words, 12 syllables
    // S=5 W=38 Syl=49; W/S = 7.600000; Syl/W = 1.289474
    // FRE  = 206.835 - 1.015*7.600000 - 84.6*1.289474 = 90.031526 -> 90.03
    // FKGL = 0.39*7.600000 + 11.8*1.289474 - 15.59 = 2.589789 -> 2.59
    {"Social prescribing links you with local help. A link worker will call you. They will ask what matters to you. Then they can suggest groups, classes or advice. It is free and you do not need a referral.",
     5, 38, 49, 90.03, 2.59},
};

}  // namespace rt::language::test
