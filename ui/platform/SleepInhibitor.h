#pragma once

#include <QDBusConnection>
#include <QDBusUnixFileDescriptor>
#include <QObject>
#include <QString>

class QDBusPendingCallWatcher;

namespace sentiment::ui {

/// Keeps the computer from going to sleep or idling while a run trains, through the desktop's
/// own inhibitor over D-Bus, and lets it sleep again when released. It tries, in order, the
/// desktop portal (GNOME, KDE, Flatpak), the freedesktop screen saver (older desktops) and
/// logind (a bare window manager); a missing bus or service only means no inhibitor, never an
/// error. Closing the lid still suspends (logind ignores inhibitors for the lid by default):
/// that is what `Continue` on the Runs page is for. Every call is asynchronous, so a slow or
/// absent bus never freezes the window.
class SleepInhibitor : public QObject {
    Q_OBJECT
public:
    enum class Method { None, Portal, ScreenSaver, Login };

    /// Uses the user's session bus and the system bus.
    explicit SleepInhibitor(QObject* parent = nullptr);
    /// Uses the given buses (tests pass a private bus for both).
    SleepInhibitor(const QDBusConnection& session, const QDBusConnection& system,
                   QObject* parent = nullptr);
    ~SleepInhibitor() override;

    /// Asks for the computer to stay awake for `reason`; nothing happens if already asked.
    void inhibit(const QString& reason);
    /// Lets the computer sleep again; a request still on its way is released when it lands.
    void release();

    /// How the computer is being kept awake now (None before a reply, after release or when
    /// nothing on the desktop offered an inhibitor).
    Method method() const { return method_; }
    static QString describe(Method method);

Q_SIGNALS:
    /// The desktop granted the request (`method` says who) or every way failed (None).
    void settled(sentiment::ui::SleepInhibitor::Method method, const QString& detail);

private:
    void tryFrom(Method method);
    void granted(Method method);
    void undo();
    void watch(const QDBusPendingCall& call, Method method);

    QDBusConnection session_;
    QDBusConnection system_;
    QString reason_;
    bool wanted_ = false;   // inhibit() called and not released
    bool pending_ = false;  // a request is on its way
    Method method_ = Method::None;
    QString portalRequest_;         // the portal's request object, closed on release
    quint32 cookie_ = 0;            // the screen saver's cookie
    QDBusUnixFileDescriptor lock_;  // logind's lock: closing the descriptor releases it
    QStringList failures_;
};

}  // namespace sentiment::ui

Q_DECLARE_METATYPE(sentiment::ui::SleepInhibitor::Method)
