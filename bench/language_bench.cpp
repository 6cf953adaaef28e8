// Throughput of Roundtable's language check (readability figures, jargon
// against the shipped glossary, passive hints and the verdict) on a corpus
// file. Prints one JSON line: the median of the rounds.
// Usage: rt_language_bench corpus.txt rounds

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "modules/language/service.hpp"

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << "usage: rt_language_bench corpus.txt [rounds]\n";
        return 2;
    }
    std::ifstream file { argv[1], std::ios::binary };
    std::stringstream buffer;
    buffer << file.rdbuf();
    rt::language::CheckForm form;
    form.text = buffer.str();
    int const rounds = argc > 2 ? std::stoi(argv[2]) : 3;

    auto const glossary = std::make_shared<rt::language::CompiledGlossary const>(rt::language::shipped_glossary());
    std::vector<double> seconds;
    rt::language::CheckResult result;
    for (int round = 0; round < rounds; ++round) {
        auto const started = std::chrono::steady_clock::now();
        result = rt::language::check_text(form, glossary);
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    }
    std::ranges::sort(seconds);
    double const median = seconds[seconds.size() / 2];
    double const megabytes = static_cast<double>(form.text.size()) / 1e6;
    std::cout << "{\"bytes\":" << form.text.size() << ",\"seconds\":" << median << ",\"mb_per_s\":" << megabytes / median
              << ",\"reading_ease\":" << result.scores.reading_ease.value_or(0) << ",\"grade\":" << result.scores.grade.value_or(0)
              << ",\"words\":" << result.scores.words << ",\"jargon\":" << result.jargon.size() << "}\n";
}
