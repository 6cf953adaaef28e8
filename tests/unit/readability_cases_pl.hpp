#pragma once
// Hand-counted test data for the readability engine (Polish).
// The counting rules are documented in docs/readability.md; each case shows
// the per-word syllable breakdown it was counted from. Written for Roundtable.
#include <string_view>

#include "readability_cases.hpp"

namespace rt::language::test {

// Polish syllables = vowel nuclei (a, ą, e, ę, i, o, ó, u, y); an "i" followed
// by another vowel only softens the consonant before it and is not counted
// ("nie" 1, "się" 1, "pieniądze" 3, "Polski" 2). Word and sentence rules are
// the same as for English; numbers count one syllable per digit ("2,5" is one
// word of 2 syllables). The texts avoid loanwords where "i" is a real vowel
// before another vowel, words with "au"/"eu", and vowel-less words (w, z).
// CountCase is defined in readability_cases.hpp.
inline constexpr CountCase count_cases_pl[] = {
    // Spotkanie(3) odbędzie(3) się(1) we(1) wtorek(2)
    //   -> 1 sentence, 5 words, 10 syllables
    {"Spotkanie odbędzie się we wtorek.", 1, 5, 10},
    // Nie(1) mamy(2) pieniędzy(3) na(1) nowe(2) ławki(2)
    //   -> 1 sentence, 6 words, 11 syllables
    {"Nie mamy pieniędzy na nowe ławki.", 1, 6, 11},
    // Polski(2) urząd(2) pomoże(3) znaleźć(2) mieszkanie(3)
    //   -> 1 sentence, 5 words, 12 syllables
    {"Polski urząd pomoże znaleźć mieszkanie.", 1, 5, 12},
    // Pieniądze(3) przyjdą(2) na(1) konto(2) do(1) piątku(2)
    //   -> 1 sentence, 6 words, 11 syllables
    {"Pieniądze przyjdą na konto do piątku.", 1, 6, 11},
    // Czy(1) potrzebujesz(4) tłumacza(3)
    //   -> 1 sentence, 3 words, 8 syllables
    {"Czy potrzebujesz tłumacza?", 1, 3, 8},
    // Dziękujemy(4) wszystkim(2) za(1) udział(2)
    //   -> 1 sentence, 4 words, 9 syllables
    {"Dziękujemy wszystkim za udział.", 1, 4, 9},
    // Sala(2) jest(1) na(1) parterze(3) Jest(1) tam(1) winda(2)
    //   -> 2 sentences, 7 words, 11 syllables
    {"Sala jest na parterze. Jest tam winda.", 2, 7, 11},
    // Ośrodek(3) zdrowia(2) jest(1) otwarty(3) od(1) poniedziałku(4) do(1) piątku(2)
    //   -> 1 sentence, 8 words, 17 syllables
    {"Ośrodek zdrowia jest otwarty od poniedziałku do piątku.", 1, 8, 17},
    // Lekarka(3) przyjmuje(3) pacjentów(3) od(1) rana(2)
    //   -> 1 sentence, 5 words, 12 syllables
    {"Lekarka przyjmuje pacjentów od rana.", 1, 5, 12},
    // Prosimy(3) o(1) wypełnienie(4) formularza(4)
    //   -> 1 sentence, 4 words, 12 syllables
    {"Prosimy o wypełnienie formularza.", 1, 4, 12},
    // Zebranie(3) mieszkańców(3) zaczyna(3) się(1) o(1) 18(2) Wstęp(1) wolny(2)
    //   -> 2 sentences, 8 words, 16 syllables
    {"Zebranie mieszkańców zaczyna się o 18. Wstęp wolny!", 2, 8, 16},
    // Czy(1) masz(1) pytania(3) Zadzwoń(2) do(1) nas(1)
    //   -> 2 sentences, 6 words, 9 syllables
    {"Czy masz pytania? Zadzwoń do nas!", 2, 6, 9},
    // Opiekunowie(5) mogą(2) dostać(2) wsparcie(2)
    //   -> 1 sentence, 4 words, 11 syllables
    {"Opiekunowie mogą dostać wsparcie.", 1, 4, 11},
    // Spotkanie(3) trwało(2) 2,5(2) godziny(3)
    //   -> 1 sentence, 4 words, 10 syllables
    {"Spotkanie trwało 2,5 godziny.", 1, 4, 10},
};

}  // namespace rt::language::test
