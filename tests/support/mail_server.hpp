#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <sys/types.h>

// A real SMTP server for the tests: Debian's aiosmtpd on a free port,
// delivering into a Maildir the tests read back.
namespace rt::test {

[[nodiscard]] std::string run_command(std::string const& command);
[[nodiscard]] unsigned short free_port();

class MailServer {
public:
    MailServer(unsigned short port, std::filesystem::path maildir);
    ~MailServer();
    MailServer(MailServer const&) = delete;
    MailServer& operator=(MailServer const&) = delete;

    // Returns once it accepts connections.
    void start();
    void stop();
    // Every delivered message, as files.
    [[nodiscard]] std::vector<std::filesystem::path> messages() const;
    [[nodiscard]] unsigned short port() const { return m_port; }

private:
    unsigned short m_port;
    std::filesystem::path m_maildir;
    pid_t m_pid { -1 };
};

}
