#pragma once

#include <QString>

#include <optional>
#include <string>

namespace sentiment::ui {

/// Which proxy a download goes through, from the setting (Settings::proxy): the system's, none,
/// or one the user typed. "The system's" asks Qt, which reads the desktop's proxy settings
/// (through libproxy: GNOME, KDE, PAC files) and the environment.
class ProxyChoice {
public:
    /// For downloads::Downloader::fetch: nothing = libcurl's own reading of the environment, "" =
    /// none, else the proxy's address.
    static std::optional<std::string> resolve(const QString& setting, const QString& url);
    /// `resolved` (what resolve() gave for `setting`) in words, for the download question:
    /// "none", "http://proxy:3128 (system settings)" ... A password is never shown.
    static QString describe(const QString& setting, const std::optional<std::string>& resolved);
    /// True for "", "none", and addresses with a scheme libcurl can use as a proxy.
    static bool valid(const QString& setting);
};

}  // namespace sentiment::ui
