#include "support/mail_server.hpp"

#include <array>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

#include <gtest/gtest.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace rt::test {

std::string run_command(std::string const& command)
{
    std::string output;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return output;
    std::array<char, 4096> buffer {};
    while (auto const count = std::fread(buffer.data(), 1, buffer.size(), pipe))
        output.append(buffer.data(), count);
    pclose(pipe);
    return output;
}

unsigned short free_port()
{
    int const fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

MailServer::MailServer(unsigned short port, std::filesystem::path maildir)
    : m_port(port)
    , m_maildir(std::move(maildir))
{
}

MailServer::~MailServer()
{
    stop();
}

void MailServer::start()
{
    std::vector<std::string> arguments { "/usr/bin/python3", "-m", "aiosmtpd", "-n", "-l", "127.0.0.1:" + std::to_string(m_port), "-c",
        "aiosmtpd.handlers.Mailbox", m_maildir.string() };
    std::vector<char*> argv;
    for (auto& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    ASSERT_EQ(posix_spawn(&m_pid, argv[0], nullptr, nullptr, argv.data(), environ), 0);
    // Ready when it accepts a connection.
    for (int i = 0; i < 100; ++i) {
        int const fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        bool const up = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
        ::close(fd);
        if (up)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds { 100 });
    }
    FAIL() << "aiosmtpd did not start";
}

void MailServer::stop()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGTERM);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
}

std::vector<std::filesystem::path> MailServer::messages() const
{
    std::vector<std::filesystem::path> files;
    for (auto const* folder : { "new", "cur" }) {
        auto const path = m_maildir / folder;
        if (std::filesystem::exists(path))
            for (auto const& entry : std::filesystem::directory_iterator { path })
                files.push_back(entry.path());
    }
    return files;
}

}
