"""Writes a deterministic English corpus of public-service text for the
language-check benchmark: plain sentences, some jargon and acronyms, numbers,
quotes and paragraphs. Usage: make_corpus.py BYTES > corpus.txt"""
import random
import sys

random.seed(2026)
subjects = ["The council", "Our team", "Residents", "Carers", "The day centre", "Volunteers", "The ICB", "Local GPs", "The VCS forum",
            "Staff at the hospital", "Young people", "Older people"]
verbs = ["will commission", "want to talk about", "are reviewing", "have asked for", "will pay for", "want to improve", "are planning",
         "were consulted on", "will share news about", "agreed to look at"]
objects = ["a new step-down provision", "the lunch club", "transport to the centre", "support at home after a hospital stay",
           "the reablement pathway", "more tea and talk sessions", "the outcomes framework", "a befriending service",
           "help with forms and benefits", "the stakeholder engagement plan", "quiet spaces for people with dementia",
           "interpreters for Polish and Arabic speakers", "the capacity building programme", "KPIs for the care package"]
tails = ["this spring", "before the end of March", "with everyone who uses it", "in 2027", "across the borough",
         "at the meeting on Tuesday", "so that nobody is left out", "for about 1,200 people", "(see the notes)", ""]
out, size, target = [], 0, int(sys.argv[1])
while size < target:
    sentences = []
    for _ in range(random.randint(2, 6)):
        sentence = f"{random.choice(subjects)} {random.choice(verbs)} {random.choice(objects)} {random.choice(tails)}".strip() + "."
        if random.random() < 0.1:
            sentence = f"\u201c{sentence}\u201d"
        sentences.append(sentence)
    paragraph = " ".join(sentences) + "\n\n"
    out.append(paragraph)
    size += len(paragraph.encode())
sys.stdout.write("".join(out))
