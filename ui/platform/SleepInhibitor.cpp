#include "ui/platform/SleepInhibitor.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace sentiment::ui {

namespace {

constexpr int kTimeoutMs = 5000;

// Portal flags: 4 suspending, 8 idling (1 logging out and 2 switching users stay allowed).
constexpr quint32 kPortalSuspendAndIdle = 4 | 8;

QDBusMessage requestFor(SleepInhibitor::Method method, const QString& reason) {
    const auto app = QStringLiteral("Sentiment Lab");
    switch (method) {
        case SleepInhibitor::Method::Portal: {
            auto m = QDBusMessage::createMethodCall(
                QStringLiteral("org.freedesktop.portal.Desktop"),
                QStringLiteral("/org/freedesktop/portal/desktop"),
                QStringLiteral("org.freedesktop.portal.Inhibit"), QStringLiteral("Inhibit"));
            m << QString() << kPortalSuspendAndIdle
              << QVariantMap{{QStringLiteral("reason"), reason}};
            return m;
        }
        case SleepInhibitor::Method::ScreenSaver: {
            auto m = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.ScreenSaver"),
                                                    QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                    QStringLiteral("org.freedesktop.ScreenSaver"),
                                                    QStringLiteral("Inhibit"));
            m << app << reason;
            return m;
        }
        case SleepInhibitor::Method::Login: {
            auto m = QDBusMessage::createMethodCall(
                QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("Inhibit"));
            // "block" only for idle and sleep requests: logind still suspends on a closed lid.
            m << QStringLiteral("idle:sleep") << app << reason << QStringLiteral("block");
            return m;
        }
        case SleepInhibitor::Method::None:
            break;
    }
    return {};
}

SleepInhibitor::Method after(SleepInhibitor::Method method) {
    switch (method) {
        case SleepInhibitor::Method::Portal:
            return SleepInhibitor::Method::ScreenSaver;
        case SleepInhibitor::Method::ScreenSaver:
            return SleepInhibitor::Method::Login;
        default:
            return SleepInhibitor::Method::None;
    }
}

}  // namespace

SleepInhibitor::SleepInhibitor(QObject* parent)
    : SleepInhibitor(QDBusConnection::sessionBus(), QDBusConnection::systemBus(), parent) {}

SleepInhibitor::SleepInhibitor(const QDBusConnection& session, const QDBusConnection& system,
                               QObject* parent)
    : QObject(parent), session_(session), system_(system) {
    qRegisterMetaType<sentiment::ui::SleepInhibitor::Method>();
}

SleepInhibitor::~SleepInhibitor() {
    undo();
}

QString SleepInhibitor::describe(Method method) {
    switch (method) {
        case Method::Portal:
            return tr("the desktop portal");
        case Method::ScreenSaver:
            return tr("the screen saver service");
        case Method::Login:
            return tr("the login manager (logind)");
        case Method::None:
            break;
    }
    return tr("nothing");
}

void SleepInhibitor::inhibit(const QString& reason) {
    wanted_ = true;
    if (pending_ || method_ != Method::None) return;
    reason_ = reason;
    failures_.clear();
    tryFrom(Method::Portal);
}

void SleepInhibitor::release() {
    wanted_ = false;
    undo();
}

void SleepInhibitor::tryFrom(Method method) {
    for (; method != Method::None; method = after(method)) {
        auto& bus = method == Method::Login ? system_ : session_;
        if (!bus.isConnected()) {
            failures_ << tr("%1: no %2 bus")
                             .arg(describe(method),
                                  method == Method::Login ? tr("system") : tr("session"));
            continue;
        }
        pending_ = true;
        watch(bus.asyncCall(requestFor(method, reason_), kTimeoutMs), method);
        return;
    }
    Q_EMIT settled(Method::None, failures_.join(QStringLiteral("; ")));
}

void SleepInhibitor::watch(const QDBusPendingCall& call, Method method) {
    auto* watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, method](QDBusPendingCallWatcher* w) {
                w->deleteLater();
                pending_ = false;
                const QDBusMessage reply = w->reply();
                if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
                    failures_ << QStringLiteral("%1: %2").arg(
                        describe(method),
                        reply.errorMessage().isEmpty() ? reply.errorName() : reply.errorMessage());
                    if (wanted_) {
                        tryFrom(after(method));
                    }
                    return;
                }
                const QVariant value = reply.arguments().constFirst();
                switch (method) {
                    case Method::Portal:
                        portalRequest_ = qdbus_cast<QDBusObjectPath>(value).path();
                        break;
                    case Method::ScreenSaver:
                        cookie_ = value.toUInt();
                        break;
                    case Method::Login:
                        lock_ = qdbus_cast<QDBusUnixFileDescriptor>(value);
                        break;
                    case Method::None:
                        break;
                }
                granted(method);
            });
}

void SleepInhibitor::granted(Method method) {
    method_ = method;
    if (!wanted_) {  // released while the request was on its way
        undo();
        return;
    }
    Q_EMIT settled(method, describe(method));
}

void SleepInhibitor::undo() {
    switch (method_) {
        case Method::Portal:
            session_.asyncCall(QDBusMessage::createMethodCall(
                QStringLiteral("org.freedesktop.portal.Desktop"), portalRequest_,
                QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Close")));
            portalRequest_.clear();
            break;
        case Method::ScreenSaver: {
            auto m = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.ScreenSaver"),
                                                    QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                    QStringLiteral("org.freedesktop.ScreenSaver"),
                                                    QStringLiteral("UnInhibit"));
            m << cookie_;
            session_.asyncCall(m);
            cookie_ = 0;
            break;
        }
        case Method::Login:
            lock_ =
                QDBusUnixFileDescriptor();  // logind drops the lock when its last descriptor closes
            break;
        case Method::None:
            break;
    }
    method_ = Method::None;
}

}  // namespace sentiment::ui
