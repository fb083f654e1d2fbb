#pragma once

#include <QObject>
#include <QString>

namespace sentiment::ui {

class Workbench;

/// What the command line asks the app to do by itself, for the screenshots in docs/ and the
/// assignment report without a click: train a preset once the data is in, type a review into
/// the Predict page, save a screenshot when the page shows its result, write the report of every
/// run, then quit.
class Automation : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString page = QStringLiteral("data");  ///< the page shown first
        QString train;                          ///< a preset to train once the data is loaded
        int epochs = 1;
        int batches = 0;      ///< per epoch, 0: all
        QString sweep;        ///< with `train`: queue "KNOB=V1,V2,..." from the Model page instead
        QString predictText;  ///< typed into the Predict page
        QString attention;   ///< how the Predict page shows a Transformer's attention (empty: as it
                             ///< does)
        QString word;        ///< searched on the Words page (three words: an analogy)
        QString screenshot;  ///< a PNG of the window once the page has its result
        QString report;      ///< the assignment report of every run, as PDF
        bool mistakes =
            false;  ///< the newest tested run's mistakes (runs), its surest one (predict)
        bool vectors = false;  ///< word vectors are being loaded too
        /// The table given is opened through its import dialog (with `screenshot`: of the dialog).
        bool tableDialog = false;
    };

    Automation(Workbench& workbench, Options options, QObject* parent = nullptr);

private:
    void trainWhenReady();
    void screenshotWhenDone();
    void reportWhenRead();
    void showMistakes();
    void exploreWhenReady();

    Workbench& workbench_;
    Options options_;
    bool vectorsSettled_ = false;
    bool started_ = false;        // --train starts one run, once
    bool mistakeOpened_ = false;  // --mistakes opens one, once
    bool asked_ = false;          // --word asks once
};

}  // namespace sentiment::ui
