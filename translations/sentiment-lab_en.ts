<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>GroupChart</name>
        <message>
            <source>group %1 ± sd</source>
            <translation>group %1 ± sd</translation>
        </message>
        <message>
            <source>seed (group %1)</source>
            <translation>seed (group %1)</translation>
        </message>
        <message>
            <source>value of the swept setting (group %1)</source>
            <translation>value of the swept setting (group %1)</translation>
        </message>
        <message>
            <source>test accuracy (%)</source>
            <translation>test accuracy (%)</translation>
        </message>
        <message>
            <source>select the runs of one group (train --seeds, --sweep)</source>
            <translation>select the runs of one group (train --seeds, --sweep)</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>%1: choose a .png, .pdf or .svg file name</source>
            <translation>%1: choose a .png, .pdf or .svg file name</translation>
        </message>
        <message>
            <source>%1 could not be written</source>
            <translation>%1 could not be written</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Save as PNG…</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save as SVG…</source>
            <translation>Save as SVG…</translation>
        </message>
        <message>
            <source>SVG (*.svg)</source>
            <translation>SVG (*.svg)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>%1 model, vocabulary of %2 entries, bfloat16 weights (AVX-512)</source>
            <translation>%1 model, vocabulary of %2 entries, bfloat16 weights (AVX-512)</translation>
        </message>
        <message>
            <source>%1 model, vocabulary of %2 entries</source>
            <translation>%1 model, vocabulary of %2 entries</translation>
        </message>
        <message>
            <source>Choose a trained model first.</source>
            <translation>Choose a trained model first.</translation>
        </message>
        <message>
            <source>The model failed: %1</source>
            <translation>The model failed: %1</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>epoch</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>%1 could not be written: %2</translation>
        </message>
        <message>
            <source>%1: choose a .csv or .md file name</source>
            <translation>%1: choose a .csv or .md file name</translation>
        </message>
        <message>
            <source>Save table</source>
            <translation>Save table</translation>
        </message>
        <message>
            <source>Save as CSV…</source>
            <translation>Save as CSV…</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Save as Markdown…</source>
            <translation>Save as Markdown…</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Copy as a table</source>
            <translation>Copy as a table</translation>
        </message>
        <message>
            <source>LibTorch %1 · CPU, %2 threads%3</source>
            <translation>LibTorch %1 · CPU, %2 threads%3</translation>
        </message>
        <message>
            <source> · CUDA available</source>
            <translation> · CUDA available</translation>
        </message>
        <message>
            <source>The embedding could not be searched: %1</source>
            <translation>The embedding could not be searched: %1</translation>
        </message>
        <message>
            <source>This run's model (%1) has no word embedding: NBSVM keeps one fixed ratio per n-gram.</source>
            <translation>This run's model (%1) has no word embedding: NBSVM keeps one fixed ratio per n-gram.</translation>
        </message>
        <message>
            <source>%1 words × %2 dimensions, trained</source>
            <translation>%1 words × %2 dimensions, trained</translation>
        </message>
        <message>
            <source>Load word vectors (GloVe) on the Data page first.</source>
            <translation>Load word vectors (GloVe) on the Data page first.</translation>
        </message>
        <message>
            <source>Choose a trained run first.</source>
            <translation>Choose a trained run first.</translation>
        </message>
        <message>
            <source> · built with CUDA, no GPU here</source>
            <translation> · built with CUDA, no GPU here</translation>
        </message>
    </context>
    <context>
        <name>ReferenceCurves</name>
        <message>
            <source>lecture ±%1 points</source>
            <translation>lecture ±%1 points</translation>
        </message>
        <message>
            <source>lecture: valid</source>
            <translation>lecture: valid</translation>
        </message>
        <message>
            <source>lecture: train</source>
            <translation>lecture: train</translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>accuracy (%)</source>
            <translation>accuracy (%)</translation>
        </message>
        <message>
            <source>train</source>
            <translation>train</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>valid</translation>
        </message>
        <message>
            <source>The model has &lt;b&gt;%1&lt;/b&gt; trainable parameters.</source>
            <translation>The model has &lt;b&gt;%1&lt;/b&gt; trainable parameters.</translation>
        </message>
        <message>
            <source>No test result (%1).
</source>
            <translation>No test result (%1).
</translation>
        </message>
        <message>
            <source>Against the lecture:</source>
            <translation>Against the lecture:</translation>
        </message>
        <message>
            <source>run %1 of the store</source>
            <translation>run %1 of the store</translation>
        </message>
        <message>
            <source>The model has &lt;b&gt;%1&lt;/b&gt; trainable parameters:</source>
            <translation>The model has &lt;b&gt;%1&lt;/b&gt; trainable parameters:</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>Formula</translation>
        </message>
        <message>
            <source>Its test predictions were not recorded: select the run on the Runs page with its dataset loaded and score its test set, then write the report again.</source>
            <translation>Its test predictions were not recorded: select the run on the Runs page with its dataset loaded and score its test set, then write the report again.</translation>
        </message>
        <message>
            <source>called positive</source>
            <translation>called positive</translation>
        </message>
        <message>
            <source>called negative</source>
            <translation>called negative</translation>
        </message>
        <message>
            <source>positive (%1)</source>
            <translation>positive (%1)</translation>
        </message>
        <message>
            <source>negative (%1)</source>
            <translation>negative (%1)</translation>
        </message>
        <message>
            <source>Accuracy %1 on %2 test reviews; of those called positive, %3 are.</source>
            <translation>Accuracy %1 on %2 test reviews; of those called positive, %3 are.</translation>
        </message>
        <message>
            <source>%1 tokens: %2 (%3 reviews)</source>
            <translation>%1 tokens: %2 (%3 reviews)</translation>
        </message>
        <message>
            <source>Accuracy by review length:</source>
            <translation>Accuracy by review length:</translation>
        </message>
        <message>
            <source>The mistakes it was surest of:</source>
            <translation>The mistakes it was surest of:</translation>
        </message>
        <message>
            <source>%1 sure it is %2, but it is %3:</source>
            <translation>%1 sure it is %2, but it is %3:</translation>
        </message>
        <message>
            <source>negative</source>
            <translation>negative</translation>
        </message>
        <message>
            <source>positive</source>
            <translation>positive</translation>
        </message>
        <message>
            <source>Sentiment analysis on IMDb: assignment report</source>
            <translation>Sentiment analysis on IMDb: assignment report</translation>
        </message>
        <message>
            <source>Made with Sentiment Lab %1 on %2. Runs are read against: %3.</source>
            <translation>Made with Sentiment Lab %1 on %2. Runs are read against: %3.</translation>
        </message>
        <message>
            <source>No run of the base RNN was chosen for this report: select one on the Runs page together with the others.</source>
            <translation>No run of the base RNN was chosen for this report: select one on the Runs page together with the others.</translation>
        </message>
        <message>
            <source>No run of the bidirectional LSTM was chosen for this report: select one on the Runs page together with the others.</source>
            <translation>No run of the bidirectional LSTM was chosen for this report: select one on the Runs page together with the others.</translation>
        </message>
        <message>
            <source>Assignment 1 · The base RNN, trained for 5 epochs</source>
            <translation>Assignment 1 · The base RNN, trained for 5 epochs</translation>
        </message>
        <message>
            <source>Assignment 2 · Its accuracy per epoch (training and validation) and on the test set</source>
            <translation>Assignment 2 · Its accuracy per epoch (training and validation) and on the test set</translation>
        </message>
        <message>
            <source>Assignment 3 · A multi-layer bidirectional LSTM, trained for 5 epochs</source>
            <translation>Assignment 3 · A multi-layer bidirectional LSTM, trained for 5 epochs</translation>
        </message>
        <message>
            <source>Assignment 4 · Its accuracy per epoch (training and validation) and on the test set</source>
            <translation>Assignment 4 · Its accuracy per epoch (training and validation) and on the test set</translation>
        </message>
        <message>
            <source>Assignment 5 · The parameters of the 2-layer bidirectional LSTM</source>
            <translation>Assignment 5 · The parameters of the 2-layer bidirectional LSTM</translation>
        </message>
        <message>
            <source>As trained in %1:</source>
            <translation>As trained in %1:</translation>
        </message>
        <message>
            <source>No BiLSTM run was chosen: the lecture's model (vocabulary of 25,002 entries) is counted.</source>
            <translation>No BiLSTM run was chosen: the lecture's model (vocabulary of 25,002 entries) is counted.</translation>
        </message>
        <message>
            <source>An LSTM layer has 4 gates, each with input weights, recurrent weights and two bias vectors (as PyTorch counts them): 4 × (hidden × (input + hidden) + 2 × hidden) per direction; the second layer reads both directions of the first, so its input is 2 × hidden.</source>
            <translation>An LSTM layer has 4 gates, each with input weights, recurrent weights and two bias vectors (as PyTorch counts them): 4 × (hidden × (input + hidden) + 2 × hidden) per direction; the second layer reads both directions of the first, so its input is 2 × hidden.</translation>
        </message>
        <message>
            <source>Further runs</source>
            <translation>Further runs</translation>
        </message>
        <message>
            <source>Against the lecture</source>
            <translation>Against the lecture</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <source>Test accuracy</source>
            <translation>Test accuracy</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>no figures of the course for this preset</source>
            <translation>no figures of the course for this preset</translation>
        </message>
        <message>
            <source>Within: inside the lowest to highest test accuracy of the lecture's own runs, widened by %1 points each side; a run between 45 and 55 % is at chance.</source>
            <translation>Within: inside the lowest to highest test accuracy of the lecture's own runs, widened by %1 points each side; a run between 45 and 55 % is at chance.</translation>
        </message>
        <message>
            <source>Where the models are wrong</source>
            <translation>Where the models are wrong</translation>
        </message>
        <message>
            <source>Rows: what the review is; columns: what the model called it; each cell: reviews and their share of the row.</source>
            <translation>Rows: what the review is; columns: what the model called it; each cell: reviews and their share of the row.</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>Environment</translation>
        </message>
        <message>
            <source>Sentiment Lab</source>
            <translation>Sentiment Lab</translation>
        </message>
        <message>
            <source>Qt</source>
            <translation>Qt</translation>
        </message>
        <message>
            <source>LibTorch (this machine)</source>
            <translation>LibTorch (this machine)</translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>Run %1</translation>
        </message>
        <message>
            <source>LibTorch %1 · %2, %3 threads · dataset %4 (fingerprint %5) · seed %6</source>
            <translation>LibTorch %1 · %2, %3 threads · dataset %4 (fingerprint %5) · seed %6</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>%1 could not be written: %2</translation>
        </message>
        <message>
            <source>Sentiment Lab report</source>
            <translation>Sentiment Lab report</translation>
        </message>
        <message>
            <source>%1 could not be written</source>
            <translation>%1 could not be written</translation>
        </message>
        <message>
            <source>no NBSVM run on this dataset and split yet (train it from the Runs page: about a minute)</source>
            <translation>no NBSVM run on this dataset and split yet (train it from the Runs page: about a minute)</translation>
        </message>
        <message>
            <source>Baseline:</source>
            <translation>Baseline:</translation>
        </message>
        <message>
            <source>Against the linear baseline</source>
            <translation>Against the linear baseline</translation>
        </message>
        <message>
            <source>group %1, value %2</source>
            <translation>group %1, value %2</translation>
        </message>
        <message>
            <source>Reproducibility:</source>
            <translation>Reproducibility:</translation>
        </message>
        <message>
            <source>valid accuracy (%)</source>
            <translation>valid accuracy (%)</translation>
        </message>
        <message>
            <source>test accuracy (%)</source>
            <translation>test accuracy (%)</translation>
        </message>
        <message>
            <source>Seeds and sweeps</source>
            <translation>Seeds and sweeps</translation>
        </message>
        <message>
            <source>Runs of one group differ in one setting only: the training seed (initialisation, shuffling, dropout) or the swept setting. The band is the mean ± one standard deviation of their accuracy per epoch; a difference between two runs smaller than the seeds' spread may be the seed's.</source>
            <translation>Runs of one group differ in one setting only: the training seed (initialisation, shuffling, dropout) or the swept setting. The band is the mean ± one standard deviation of their accuracy per epoch; a difference between two runs smaller than the seeds' spread may be the seed's.</translation>
        </message>
        <message>
            <source>Group %1</source>
            <translation>Group %1</translation>
        </message>
        <message>
            <source>called %1</source>
            <translation>called %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>Precision</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Recall</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>F1</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Reviews</translation>
        </message>
        <message>
            <source>Accuracy %1 on %2 test reviews in %3 classes; macro-F1 %4.</source>
            <translation>Accuracy %1 on %2 test reviews in %3 classes; macro-F1 %4.</translation>
        </message>
        <message>
            <source>Mean absolute error: %1 (in the classes' own numbers).</source>
            <translation>Mean absolute error: %1 (in the classes' own numbers).</translation>
        </message>
        <message>
            <source>The pairs most often confused:</source>
            <translation>The pairs most often confused:</translation>
        </message>
        <message>
            <source>%1 called %2: %3 reviews</source>
            <translation>%1 called %2: %3 reviews</translation>
        </message>
        <message>
            <source>the surest (%1): &lt;i&gt;%2&lt;/i&gt;</source>
            <translation>the surest (%1): &lt;i&gt;%2&lt;/i&gt;</translation>
        </message>
    </context>
    <context>
        <name>RunCharts</name>
        <message>
            <source>linear baseline (NBSVM #%1), valid</source>
            <translation>linear baseline (NBSVM #%1), valid</translation>
        </message>
        <message>
            <source>linear baseline (NBSVM #%1), test</source>
            <translation>linear baseline (NBSVM #%1), test</translation>
        </message>
        <message>
            <source>chance (50 %)</source>
            <translation>chance (50 %)</translation>
        </message>
    </context>
    <context>
        <name>RunsSummary</name>
        <message>
            <source>%1: epochs recorded: %2.</source>
            <translation>%1: epochs recorded: %2.</translation>
        </message>
        <message>
            <source>%1 runs overlaid; settings that differ: %2.</source>
            <translation>%1 runs overlaid; settings that differ: %2.</translation>
        </message>
        <message>
            <source>Against the lecture: %1</source>
            <translation>Against the lecture: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>No linear baseline on this dataset and split yet.</source>
            <translation>No linear baseline on this dataset and split yet.</translation>
        </message>
        <message>
            <source>Reproducibility: %1.</source>
            <translation>Reproducibility: %1.</translation>
        </message>
        <message>
            <source>This machine matches: training it again here gives the same numbers.</source>
            <translation>This machine matches: training it again here gives the same numbers.</translation>
        </message>
        <message>
            <source>Here the numbers may differ in the last digits: %1.</source>
            <translation>Here the numbers may differ in the last digits: %1.</translation>
        </message>
    </context>
    <context>
        <name>sentiment::Message</name>
        <message>
            <source>no dataset is loaded</source>
            <translation>no dataset is loaded</translation>
        </message>
        <message>
            <source>tokenizing lost a chunk of reviews (internal error)</source>
            <translation>tokenizing lost a chunk of reviews (internal error)</translation>
        </message>
        <message>
            <source>not read</source>
            <translation>not read</translation>
        </message>
        <message>
            <source>tokenizing was cancelled</source>
            <translation>tokenizing was cancelled</translation>
        </message>
        <message>
            <source>cannot create the cache folder: %1</source>
            <translation>cannot create the cache folder: %1</translation>
        </message>
        <message>
            <source>the tokenized dataset was not cached: %1</source>
            <translation>the tokenized dataset was not cached: %1</translation>
        </message>
        <message>
            <source>only https:// addresses are downloaded (plain http only from this computer)</source>
            <translation>only https:// addresses are downloaded (plain http only from this computer)</translation>
        </message>
        <message>
            <source>cannot be written (%1)</source>
            <translation>cannot be written (%1)</translation>
        </message>
        <message>
            <source>download cancelled after %1; the part is kept in %2 and the next download resumes it</source>
            <translation>download cancelled after %1; the part is kept in %2 and the next download resumes it</translation>
        </message>
        <message>
            <source>no connection to %1 (%2): you can also open a file you downloaded yourself</source>
            <translation>no connection to %1 (%2): you can also open a file you downloaded yourself</translation>
        </message>
        <message>
            <source>cannot be written (disk full?) after %1</source>
            <translation>cannot be written (disk full?) after %1</translation>
        </message>
        <message>
            <source>the server answered HTTP %1</source>
            <translation>the server answered HTTP %1</translation>
        </message>
        <message>
            <source>the connection broke after %1 (%2); the part is kept in %3 and the next download resumes it</source>
            <translation>the connection broke after %1 (%2); the part is kept in %3 and the next download resumes it</translation>
        </message>
        <message>
            <source>download failed: %1</source>
            <translation>download failed: %1</translation>
        </message>
        <message>
            <source>has %1 bytes, but %2 has %3</source>
            <translation>has %1 bytes, but %2 has %3</translation>
        </message>
        <message>
            <source>SHA-256 %1 differs from the published %2 (a damaged or different file)</source>
            <translation>SHA-256 %1 differs from the published %2 (a damaged or different file)</translation>
        </message>
        <message>
            <source>cannot create the download folder (%1)</source>
            <translation>cannot create the download folder (%1)</translation>
        </message>
        <message>
            <source>is already there but fails its check: %1; delete it to download again</source>
            <translation>is already there but fails its check: %1; delete it to download again</translation>
        </message>
        <message>
            <source>the download failed its check and was deleted: %1</source>
            <translation>the download failed its check and was deleted: %1</translation>
        </message>
        <message>
            <source>cannot be renamed from its .part file (%1)</source>
            <translation>cannot be renamed from its .part file (%1)</translation>
        </message>
        <message>
            <source>%1, line %2: %3</source>
            <translation>%1, line %2: %3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>cannot read: %1</source>
            <translation>cannot read: %1</translation>
        </message>
        <message>
            <source>cannot open</source>
            <translation>cannot open</translation>
        </message>
        <message>
            <source>the gzip checksum does not match: the file is corrupt (download it again)</source>
            <translation>the gzip checksum does not match: the file is corrupt (download it again)</translation>
        </message>
        <message>
            <source>the compressed data is corrupt at byte %1 (gzip error %2); download the file again</source>
            <translation>the compressed data is corrupt at byte %1 (gzip error %2); download the file again</translation>
        </message>
        <message>
            <source>the file ends early after %1 bytes: it is truncated (an interrupted download?)</source>
            <translation>the file ends early after %1 bytes: it is truncated (an interrupted download?)</translation>
        </message>
        <message>
            <source>this is a PNG image, not the IMDb archive (aclImdb_v1.tar.gz)</source>
            <translation>this is a PNG image, not the IMDb archive (aclImdb_v1.tar.gz)</translation>
        </message>
        <message>
            <source>this is a JPEG image, not the IMDb archive (aclImdb_v1.tar.gz)</source>
            <translation>this is a JPEG image, not the IMDb archive (aclImdb_v1.tar.gz)</translation>
        </message>
        <message>
            <source>this is a PDF document, not the IMDb archive (aclImdb_v1.tar.gz)</source>
            <translation>this is a PDF document, not the IMDb archive (aclImdb_v1.tar.gz)</translation>
        </message>
        <message>
            <source>this is a web page (HTML), perhaps an error page saved instead of the download, not the IMDb archive (aclImdb_v1.tar.gz)</source>
            <translation>this is a web page (HTML), perhaps an error page saved instead of the download, not the IMDb archive (aclImdb_v1.tar.gz)</translation>
        </message>
        <message>
            <source>not an archive this program can read (expected aclImdb_v1.tar.gz or the extracted aclImdb folder)</source>
            <translation>not an archive this program can read (expected aclImdb_v1.tar.gz or the extracted aclImdb folder)</translation>
        </message>
        <message>
            <source>cannot read the archive after %1 entries: %2</source>
            <translation>cannot read the archive after %1 entries: %2</translation>
        </message>
        <message>
            <source>reading was cancelled</source>
            <translation>reading was cancelled</translation>
        </message>
        <message>
            <source>the archive entry '%1' points outside the archive ('..' or an absolute path); this archive is refused</source>
            <translation>the archive entry '%1' points outside the archive ('..' or an absolute path); this archive is refused</translation>
        </message>
        <message>
            <source>cannot read '%1': %2</source>
            <translation>cannot read '%1': %2</translation>
        </message>
        <message>
            <source>does not exist; choose aclImdb_v1.tar.gz or the extracted aclImdb folder</source>
            <translation>does not exist; choose aclImdb_v1.tar.gz or the extracted aclImdb folder</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes)</source>
            <translation>the file is empty (0 bytes)</translation>
        </message>
        <message>
            <source>not a tar archive inside the gzip file: %1</source>
            <translation>not a tar archive inside the gzip file: %1</translation>
        </message>
        <message>
            <source>not an archive this program can read: %1</source>
            <translation>not an archive this program can read: %1</translation>
        </message>
        <message>
            <source>this folder has no %1/ folder; choose the extracted aclImdb folder (it holds train/ and test/) or the folder that contains it</source>
            <translation>this folder has no %1/ folder; choose the extracted aclImdb folder (it holds train/ and test/) or the folder that contains it</translation>
        </message>
        <message>
            <source>has no %1/ folder</source>
            <translation>has no %1/ folder</translation>
        </message>
        <message>
            <source>cannot list the folder: %1</source>
            <translation>cannot list the folder: %1</translation>
        </message>
        <message>
            <source>cannot open the review file</source>
            <translation>cannot open the review file</translation>
        </message>
        <message>
            <source>cannot read the review file</source>
            <translation>cannot read the review file</translation>
        </message>
        <message>
            <source>cannot open: %1</source>
            <translation>cannot open: %1</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>is a folder, not a file</translation>
        </message>
        <message>
            <source>cannot map into memory: %1</source>
            <translation>cannot map into memory: %1</translation>
        </message>
        <message>
            <source>%1: ignored, the name does not follow &lt;id&gt;_&lt;rating&gt;.txt</source>
            <translation>%1: ignored, the name does not follow &lt;id&gt;_&lt;rating&gt;.txt</translation>
        </message>
        <message>
            <source>%1: the review is empty; skipped</source>
            <translation>%1: the review is empty; skipped</translation>
        </message>
        <message>
            <source>%1: the review is longer than %2 KiB; only its beginning is used</source>
            <translation>%1: the review is longer than %2 KiB; only its beginning is used</translation>
        </message>
        <message>
            <source>%1: %2 invalid UTF-8 byte sequence(s) replaced by U+FFFD</source>
            <translation>%1: %2 invalid UTF-8 byte sequence(s) replaced by U+FFFD</translation>
        </message>
        <message>
            <source>%1 review(s) appear twice (same split, class and id); the first copy is kept</source>
            <translation>%1 review(s) appear twice (same split, class and id); the first copy is kept</translation>
        </message>
        <message>
            <source>no labelled reviews found; expected the aclImdb layout with train/pos, train/neg, test/pos and test/neg holding &lt;id&gt;_&lt;rating&gt;.txt files</source>
            <translation>no labelled reviews found; expected the aclImdb layout with train/pos, train/neg, test/pos and test/neg holding &lt;id&gt;_&lt;rating&gt;.txt files</translation>
        </message>
        <message>
            <source>no reviews in %1; expected all of train/pos, train/neg, test/pos, test/neg</source>
            <translation>no reviews in %1; expected all of train/pos, train/neg, test/pos, test/neg</translation>
        </message>
        <message>
            <source>cannot be read: %1</source>
            <translation>cannot be read: %1</translation>
        </message>
        <message>
            <source>could not be read to the end (an I/O error)</source>
            <translation>could not be read to the end (an I/O error)</translation>
        </message>
        <message>
            <source>the zip holds no .txt vectors file</source>
            <translation>the zip holds no .txt vectors file</translation>
        </message>
        <message>
            <source>the zip has no member '%1' (it has %2)</source>
            <translation>the zip has no member '%1' (it has %2)</translation>
        </message>
        <message>
            <source>the zip has no %1d vectors (it has %2)</source>
            <translation>the zip has no %1d vectors (it has %2)</translation>
        </message>
        <message>
            <source>the zip holds several vectors files (%1); choose a dimension</source>
            <translation>the zip holds several vectors files (%1); choose a dimension</translation>
        </message>
        <message>
            <source>does not exist; choose a GloVe .txt file or glove.6B.zip</source>
            <translation>does not exist; choose a GloVe .txt file or glove.6B.zip</translation>
        </message>
        <message>
            <source>is a folder; choose a GloVe .txt file or glove.6B.zip</source>
            <translation>is a folder; choose a GloVe .txt file or glove.6B.zip</translation>
        </message>
        <message>
            <source>the vectors were not cached: %1</source>
            <translation>the vectors were not cached: %1</translation>
        </message>
        <message>
            <source>expected a word followed by %1 numbers</source>
            <translation>expected a word followed by %1 numbers</translation>
        </message>
        <message>
            <source>has %1 values, expected %2</source>
            <translation>has %1 values, expected %2</translation>
        </message>
        <message>
            <source>'%1' (value %2) is not a number</source>
            <translation>'%1' (value %2) is not a number</translation>
        </message>
        <message>
            <source>value %1 ('%2') is not a finite number</source>
            <translation>value %1 ('%2') is not a finite number</translation>
        </message>
        <message>
            <source>the vectors file is empty</source>
            <translation>the vectors file is empty</translation>
        </message>
        <message>
            <source>expected 'word v1 v2 ... vD' (GloVe's text format), found '%1'</source>
            <translation>expected 'word v1 v2 ... vD' (GloVe's text format), found '%1'</translation>
        </message>
        <message>
            <source>the vectors file has no vector lines</source>
            <translation>the vectors file has no vector lines</translation>
        </message>
        <message>
            <source>the vocabulary is malformed: it must start with &lt;unk&gt;, &lt;pad&gt; and have one count per entry</source>
            <translation>the vocabulary is malformed: it must start with &lt;unk&gt;, &lt;pad&gt; and have one count per entry</translation>
        </message>
        <message>
            <source>the vocabulary has duplicate entries</source>
            <translation>the vocabulary has duplicate entries</translation>
        </message>
        <message>
            <source>the vocabulary is malformed: %1</source>
            <translation>the vocabulary is malformed: %1</translation>
        </message>
        <message>
            <source>too short to be a zip file (%1 bytes)</source>
            <translation>too short to be a zip file (%1 bytes)</translation>
        </message>
        <message>
            <source>not a complete zip file: its central directory is missing (truncated download?)</source>
            <translation>not a complete zip file: its central directory is missing (truncated download?)</translation>
        </message>
        <message>
            <source>ZIP64 archives are not supported</source>
            <translation>ZIP64 archives are not supported</translation>
        </message>
        <message>
            <source>the zip's central directory is damaged</source>
            <translation>the zip's central directory is damaged</translation>
        </message>
        <message>
            <source>the zip's central directory is damaged at entry %1</source>
            <translation>the zip's central directory is damaged at entry %1</translation>
        </message>
        <message>
            <source>member '%1' needs ZIP64, which is not supported</source>
            <translation>member '%1' needs ZIP64, which is not supported</translation>
        </message>
        <message>
            <source>the member's local header is damaged</source>
            <translation>the member's local header is damaged</translation>
        </message>
        <message>
            <source>the member's data runs past the end of the file (truncated download?)</source>
            <translation>the member's data runs past the end of the file (truncated download?)</translation>
        </message>
        <message>
            <source>the member is larger than the zip says: the file is damaged</source>
            <translation>the member is larger than the zip says: the file is damaged</translation>
        </message>
        <message>
            <source>the compressed data is corrupt (download the file again)</source>
            <translation>the compressed data is corrupt (download the file again)</translation>
        </message>
        <message>
            <source>the member is shorter than the zip says: the file is damaged</source>
            <translation>the member is shorter than the zip says: the file is damaged</translation>
        </message>
        <message>
            <source>compression method %1 is not supported (only deflate)</source>
            <translation>compression method %1 is not supported (only deflate)</translation>
        </message>
        <message>
            <source>the CRC-32 check failed: the file is corrupt (download it again)</source>
            <translation>the CRC-32 check failed: the file is corrupt (download it again)</translation>
        </message>
        <message>
            <source>unknown cell '%1' (expected lstm, gru or rnn)</source>
            <translation>unknown cell '%1' (expected lstm, gru or rnn)</translation>
        </message>
        <message>
            <source>unknown RNN input '%1' (expected padded or packed)</source>
            <translation>unknown RNN input '%1' (expected padded or packed)</translation>
        </message>
        <message>
            <source>the model configuration has values out of range</source>
            <translation>the model configuration has values out of range</translation>
        </message>
        <message>
            <source>the model configuration is malformed: %1</source>
            <translation>the model configuration is malformed: %1</translation>
        </message>
        <message>
            <source>warning: this run is no longer recorded: %1</source>
            <translation>warning: this run is no longer recorded: %1</translation>
        </message>
        <message>
            <source>the run store is locked by another program (another Sentiment Lab still writing?)</source>
            <translation>the run store is locked by another program (another Sentiment Lab still writing?)</translation>
        </message>
        <message>
            <source>the run store or its folder is read-only</source>
            <translation>the run store or its folder is read-only</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>the run store cannot be opened (a missing folder or no permission)</source>
            <translation>the run store cannot be opened (a missing folder or no permission)</translation>
        </message>
        <message>
            <source>the run store is damaged ('sentiment-lab-cli runs check' tells more)</source>
            <translation>the run store is damaged ('sentiment-lab-cli runs check' tells more)</translation>
        </message>
        <message>
            <source>the file is not an SQLite database</source>
            <translation>the file is not an SQLite database</translation>
        </message>
        <message>
            <source>the disk reported an input/output error</source>
            <translation>the disk reported an input/output error</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permission denied</translation>
        </message>
        <message>
            <source>an SQLite error</source>
            <translation>an SQLite error</translation>
        </message>
        <message>
            <source>it is an SQLite database of another program</source>
            <translation>it is an SQLite database of another program</translation>
        </message>
        <message>
            <source>it is an SQLite database of another program (tables %1)</source>
            <translation>it is an SQLite database of another program (tables %1)</translation>
        </message>
        <message>
            <source>it was written by a newer Sentiment Lab (schema version %1; this version knows up to %2)</source>
            <translation>it was written by a newer Sentiment Lab (schema version %1; this version knows up to %2)</translation>
        </message>
        <message>
            <source>it is not an SQLite database</source>
            <translation>it is not an SQLite database</translation>
        </message>
        <message>
            <source>the run store cannot use write-ahead logging (journal mode %1)</source>
            <translation>the run store cannot use write-ahead logging (journal mode %1)</translation>
        </message>
        <message>
            <source>it is damaged (SQLite: %1)</source>
            <translation>it is damaged (SQLite: %1)</translation>
        </message>
        <message>
            <source>%1 (SQLite: %2)</source>
            <translation>%1 (SQLite: %2)</translation>
        </message>
        <message>
            <source>%1, and it could not be moved aside to %2: %3</source>
            <translation>%1, and it could not be moved aside to %2: %3</translation>
        </message>
        <message>
            <source>the folder for the run store cannot be created: %1</source>
            <translation>the folder for the run store cannot be created: %1</translation>
        </message>
        <message>
            <source>is a folder; the run store must be a file</source>
            <translation>is a folder; the run store must be a file</translation>
        </message>
        <message>
            <source>cannot be used as the run store: %1. It was left untouched; choose another file or move it away</source>
            <translation>cannot be used as the run store: %1. It was left untouched; choose another file or move it away</translation>
        </message>
        <message>
            <source>a new run store could not be started: %1</source>
            <translation>a new run store could not be started: %1</translation>
        </message>
        <message>
            <source>check for interrupted runs</source>
            <translation>check for interrupted runs</translation>
        </message>
        <message>
            <source>an unexpected error</source>
            <translation>an unexpected error</translation>
        </message>
        <message>
            <source>could not %1: %2 (%3)</source>
            <translation>could not %1: %2 (%3)</translation>
        </message>
        <message>
            <source>there is no run %1</source>
            <translation>there is no run %1</translation>
        </message>
        <message>
            <source>record the new run</source>
            <translation>record the new run</translation>
        </message>
        <message>
            <source>record epoch %1 of run %2</source>
            <translation>record epoch %1 of run %2</translation>
        </message>
        <message>
            <source>record the end of run %1</source>
            <translation>record the end of run %1</translation>
        </message>
        <message>
            <source>update run %1</source>
            <translation>update run %1</translation>
        </message>
        <message>
            <source>record the prediction for run %1</source>
            <translation>record the prediction for run %1</translation>
        </message>
        <message>
            <source>list the runs</source>
            <translation>list the runs</translation>
        </message>
        <message>
            <source>read run %1</source>
            <translation>read run %1</translation>
        </message>
        <message>
            <source>look up the run of %1</source>
            <translation>look up the run of %1</translation>
        </message>
        <message>
            <source>rename run %1</source>
            <translation>rename run %1</translation>
        </message>
        <message>
            <source>annotate run %1</source>
            <translation>annotate run %1</translation>
        </message>
        <message>
            <source>tag run %1</source>
            <translation>tag run %1</translation>
        </message>
        <message>
            <source>untag run %1</source>
            <translation>untag run %1</translation>
        </message>
        <message>
            <source>delete run %1</source>
            <translation>delete run %1</translation>
        </message>
        <message>
            <source>run %1 was deleted, but its checkpoint could not be: %2</source>
            <translation>run %1 was deleted, but its checkpoint could not be: %2</translation>
        </message>
        <message>
            <source>check the database</source>
            <translation>check the database</translation>
        </message>
        <message>
            <source>there is no model to save</source>
            <translation>there is no model to save</translation>
        </message>
        <message>
            <source>cannot open the checkpoint (does it exist?)</source>
            <translation>cannot open the checkpoint (does it exist?)</translation>
        </message>
        <message>
            <source>not a Sentiment Lab checkpoint (it does not start with SLCKPT01)</source>
            <translation>not a Sentiment Lab checkpoint (it does not start with SLCKPT01)</translation>
        </message>
        <message>
            <source>checkpoint version %1 is not one this version of Sentiment Lab reads (it reads %2)</source>
            <translation>checkpoint version %1 is not one this version of Sentiment Lab reads (it reads %2)</translation>
        </message>
        <message>
            <source>the checkpoint is truncated (in its %1)</source>
            <translation>the checkpoint is truncated (in its %1)</translation>
        </message>
        <message>
            <source>the checkpoint is truncated (its %1 needs %2 bytes, %3 are left)</source>
            <translation>the checkpoint is truncated (its %1 needs %2 bytes, %3 are left)</translation>
        </message>
        <message>
            <source>metadata</source>
            <translation>metadata</translation>
        </message>
        <message>
            <source>weights</source>
            <translation>weights</translation>
        </message>
        <message>
            <source>the vocabulary (%1 entries) does not match the model (%2)</source>
            <translation>the vocabulary (%1 entries) does not match the model (%2)</translation>
        </message>
        <message>
            <source>the checkpoint names an unknown tokenizer '%1'</source>
            <translation>the checkpoint names an unknown tokenizer '%1'</translation>
        </message>
        <message>
            <source>the checkpoint's metadata is malformed: %1</source>
            <translation>the checkpoint's metadata is malformed: %1</translation>
        </message>
        <message>
            <source>the checkpoint's weights cannot be read: %1</source>
            <translation>the checkpoint's weights cannot be read: %1</translation>
        </message>
        <message>
            <source>unknown precision '%1' (auto, fp32 or bf16)</source>
            <translation>unknown precision '%1' (auto, fp32 or bf16)</translation>
        </message>
        <message>
            <source>bf16 inference needs a recurrent LSTM or RNN model on a CPU with AVX-512 BF16; use fp32</source>
            <translation>bf16 inference needs a recurrent LSTM or RNN model on a CPU with AVX-512 BF16; use fp32</translation>
        </message>
        <message>
            <source>the dataset has no training reviews to time</source>
            <translation>the dataset has no training reviews to time</translation>
        </message>
        <message>
            <source>the timing was cancelled</source>
            <translation>the timing was cancelled</translation>
        </message>
        <message>
            <source>--device cuda was asked for, but LibTorch sees no CUDA GPU (this build: %1); use --device cpu or auto</source>
            <translation>--device cuda was asked for, but LibTorch sees no CUDA GPU (this build: %1); use --device cpu or auto</translation>
        </message>
        <message>
            <source>unknown device '%1' (expected auto, cpu or cuda)</source>
            <translation>unknown device '%1' (expected auto, cpu or cuda)</translation>
        </message>
        <message>
            <source>the vectors matrix has %1 rows for a vocabulary of %2</source>
            <translation>the vectors matrix has %1 rows for a vocabulary of %2</translation>
        </message>
        <message>
            <source>Epoch %1: the embeddings are now trained too</source>
            <translation>Epoch %1: the embeddings are now trained too</translation>
        </message>
        <message>
            <source>training stopped: the loss became NaN in epoch %1, batch %2; try a lower learning rate (now %3) or gradient clipping</source>
            <translation>training stopped: the loss became NaN in epoch %1, batch %2; try a lower learning rate (now %3) or gradient clipping</translation>
        </message>
        <message>
            <source>training stopped: the loss became infinite in epoch %1, batch %2; try a lower learning rate (now %3) or gradient clipping</source>
            <translation>training stopped: the loss became infinite in epoch %1, batch %2; try a lower learning rate (now %3) or gradient clipping</translation>
        </message>
        <message>
            <source>Stopped during epoch %1; its partial results are not kept</source>
            <translation>Stopped during epoch %1; its partial results are not kept</translation>
        </message>
        <message>
            <source>unknown optimizer '%1'</source>
            <translation>unknown optimizer '%1'</translation>
        </message>
        <message>
            <source>unknown learning-rate schedule '%1'</source>
            <translation>unknown learning-rate schedule '%1'</translation>
        </message>
        <message>
            <source>the training configuration is malformed: %1</source>
            <translation>the training configuration is malformed: %1</translation>
        </message>
        <message>
            <source>has more than the %1 bytes of %2 (a different file)</source>
            <translation>has more than the %1 bytes of %2 (a different file)</translation>
        </message>
        <message>
            <source>member '%1': %2</source>
            <translation>member '%1': %2</translation>
        </message>
        <message>
            <source>not a zip file, or damaged at byte %1</source>
            <translation>not a zip file, or damaged at byte %1</translation>
        </message>
        <message>
            <source>the member is encrypted, which is not supported</source>
            <translation>the member is encrypted, which is not supported</translation>
        </message>
        <message>
            <source>the member needs ZIP64, which is not supported</source>
            <translation>the member needs ZIP64, which is not supported</translation>
        </message>
        <message>
            <source>a stored member without its size cannot be checked while downloading</source>
            <translation>a stored member without its size cannot be checked while downloading</translation>
        </message>
        <message>
            <source>the zip ends before its central directory (truncated download?)</source>
            <translation>the zip ends before its central directory (truncated download?)</translation>
        </message>
        <message>
            <source>the zip ends inside member '%1' (truncated download?)</source>
            <translation>the zip ends inside member '%1' (truncated download?)</translation>
        </message>
        <message>
            <source>the proxy %1 cannot be reached (%2); check the proxy setting, or open a file you downloaded yourself</source>
            <translation>the proxy %1 cannot be reached (%2); check the proxy setting, or open a file you downloaded yourself</translation>
        </message>
        <message>
            <source>the proxy named in the environment (https_proxy) cannot be reached (%1); open a file you downloaded yourself</source>
            <translation>the proxy named in the environment (https_proxy) cannot be reached (%1); open a file you downloaded yourself</translation>
        </message>
        <message>
            <source>this run has no stored plan: it was recorded by an older version, which kept its settings for reading only</source>
            <translation>this run has no stored plan: it was recorded by an older version, which kept its settings for reading only</translation>
        </message>
        <message>
            <source>this run's plan was written by a newer version of Sentiment Lab</source>
            <translation>this run's plan was written by a newer version of Sentiment Lab</translation>
        </message>
        <message>
            <source>unknown tokenizer '%1'</source>
            <translation>unknown tokenizer '%1'</translation>
        </message>
        <message>
            <source>the stored plan is malformed: %1</source>
            <translation>the stored plan is malformed: %1</translation>
        </message>
        <message>
            <source>the stored plan is not valid JSON</source>
            <translation>the stored plan is not valid JSON</translation>
        </message>
        <message>
            <source>the dataset was prepared for other settings than this experiment's (vocabulary, tokenizer, bigrams or split)</source>
            <translation>the dataset was prepared for other settings than this experiment's (vocabulary, tokenizer, bigrams or split)</translation>
        </message>
        <message>
            <source>the model cannot be built: %1</source>
            <translation>the model cannot be built: %1</translation>
        </message>
        <message>
            <source>the run could not be recorded, so it was not trained: %1</source>
            <translation>the run could not be recorded, so it was not trained: %1</translation>
        </message>
        <message>
            <source>LibTorch failed: %1</source>
            <translation>LibTorch failed: %1</translation>
        </message>
        <message>
            <source>training failed: %1</source>
            <translation>training failed: %1</translation>
        </message>
        <message>
            <source>%1 is out of range: expected %2</source>
            <translation>%1 is out of range: expected %2</translation>
        </message>
        <message>
            <source>%1 with %2</source>
            <translation>%1 with %2</translation>
        </message>
        <message>
            <source>Embedding</source>
            <translation>Embedding</translation>
        </message>
        <message>
            <source>%1 layer %2</source>
            <translation>%1 layer %2</translation>
        </message>
        <message>
            <source>%1 layer %2, forward</source>
            <translation>%1 layer %2, forward</translation>
        </message>
        <message>
            <source>%1 layer %2, backward</source>
            <translation>%1 layer %2, backward</translation>
        </message>
        <message>
            <source>Linear</source>
            <translation>Linear</translation>
        </message>
        <message>
            <source>Convolution, width %1</source>
            <translation>Convolution, width %1</translation>
        </message>
        <message>
            <source>there is no run store here yet</source>
            <translation>there is no run store here yet</translation>
        </message>
        <message>
            <source>is not a run store that this version can read: %1. It was left untouched</source>
            <translation>is not a run store that this version can read: %1. It was left untouched</translation>
        </message>
        <message>
            <source>was written by an older Sentiment Lab; open it once with `sentiment-lab-cli runs check` or the app to bring it up to date</source>
            <translation>was written by an older Sentiment Lab; open it once with `sentiment-lab-cli runs check` or the app to bring it up to date</translation>
        </message>
        <message>
            <source>cannot write the resume state (disk full?): %1</source>
            <translation>cannot write the resume state (disk full?): %1</translation>
        </message>
        <message>
            <source>cannot read the resume state: %1</source>
            <translation>cannot read the resume state: %1</translation>
        </message>
        <message>
            <source>Continuing after epoch %1</source>
            <translation>Continuing after epoch %1</translation>
        </message>
        <message>
            <source>run %1 cannot continue: only a stopped, interrupted or failed run can</source>
            <translation>run %1 cannot continue: only a stopped, interrupted or failed run can</translation>
        </message>
        <message>
            <source>continue run %1</source>
            <translation>continue run %1</translation>
        </message>
        <message>
            <source>not a course reference: the JSON is malformed here (%1)</source>
            <translation>not a course reference: the JSON is malformed here (%1)</translation>
        </message>
        <message>
            <source>not a course reference: it has no "reference" version</source>
            <translation>not a course reference: it has no "reference" version</translation>
        </message>
        <message>
            <source>this course reference was written for a newer Sentiment Lab (version %1)</source>
            <translation>this course reference was written for a newer Sentiment Lab (version %1)</translation>
        </message>
        <message>
            <source>the course reference lists no presets</source>
            <translation>the course reference lists no presets</translation>
        </message>
        <message>
            <source>preset '%1' of the course reference: %2</source>
            <translation>preset '%1' of the course reference: %2</translation>
        </message>
        <message>
            <source>"test_accuracy" must be a fraction between 0 and 1</source>
            <translation>"test_accuracy" must be a fraction between 0 and 1</translation>
        </message>
        <message>
            <source>"test_loss" must be a number</source>
            <translation>"test_loss" must be a number</translation>
        </message>
        <message>
            <source>"other_test_accuracies" must be a list of fractions</source>
            <translation>"other_test_accuracies" must be a list of fractions</translation>
        </message>
        <message>
            <source>"epochs" must be a list of epochs</source>
            <translation>"epochs" must be a list of epochs</translation>
        </message>
        <message>
            <source>each epoch needs train_loss, train_accuracy, valid_loss and valid_accuracy (fractions)</source>
            <translation>each epoch needs train_loss, train_accuracy, valid_loss and valid_accuracy (fractions)</translation>
        </message>
        <message>
            <source>cannot open the course reference</source>
            <translation>cannot open the course reference</translation>
        </message>
        <message>
            <source>the course reference is larger than 1 MiB: not a course reference</source>
            <translation>the course reference is larger than 1 MiB: not a course reference</translation>
        </message>
        <message>
            <source>within the lecture's range for %1 (%2): %3</source>
            <translation>within the lecture's range for %1 (%2): %3</translation>
        </message>
        <message>
            <source>above the lecture's range for %1 (%2): %3</source>
            <translation>above the lecture's range for %1 (%2): %3</translation>
        </message>
        <message>
            <source>below the lecture's range for %1 (%2): %3</source>
            <translation>below the lecture's range for %1 (%2): %3</translation>
        </message>
        <message>
            <source>at chance (%1), like the lecture's %2</source>
            <translation>at chance (%1), like the lecture's %2</translation>
        </message>
        <message>
            <source>at chance (%1): the model has not learned; the lecture's %2 reached %3</source>
            <translation>at chance (%1): the model has not learned; the lecture's %2 reached %3</translation>
        </message>
        <message>
            <source>below the lecture's range for %1 (%2): %3; it fell behind at epoch %4, valid %5 against the lecture's %6</source>
            <translation>below the lecture's range for %1 (%2): %3; it fell behind at epoch %4, valid %5 against the lecture's %6</translation>
        </message>
        <message>
            <source>"name" must be text</source>
            <translation>"name" must be text</translation>
        </message>
        <message>
            <source>the dataset has no review texts to score</source>
            <translation>the dataset has no review texts to score</translation>
        </message>
        <message>
            <source>stopped before every test review was scored</source>
            <translation>stopped before every test review was scored</translation>
        </message>
        <message>
            <source>this dataset is not the one run %1 was tested on (%2, %3 test reviews)</source>
            <translation>this dataset is not the one run %1 was tested on (%2, %3 test reviews)</translation>
        </message>
        <message>
            <source>record the test predictions of run %1</source>
            <translation>record the test predictions of run %1</translation>
        </message>
        <message>
            <source>read the test predictions of run %1</source>
            <translation>read the test predictions of run %1</translation>
        </message>
        <message>
            <source>Log-count ratios (fixed)</source>
            <translation>Log-count ratios (fixed)</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Weights</translation>
        </message>
        <message>
            <source>Bias</source>
            <translation>Bias</translation>
        </message>
        <message>
            <source>NBSVM: log-count ratios of %1 n-grams from %2 training reviews (smoothing %3)</source>
            <translation>NBSVM: log-count ratios of %1 n-grams from %2 training reviews (smoothing %3)</translation>
        </message>
        <message>
            <source>level with the linear baseline (NBSVM, run %1: %2)</source>
            <translation>level with the linear baseline (NBSVM, run %1: %2)</translation>
        </message>
        <message>
            <source>%1 points below the linear baseline (NBSVM, run %2: %3)</source>
            <translation>%1 points below the linear baseline (NBSVM, run %2: %3)</translation>
        </message>
        <message>
            <source>%1 points above the linear baseline (NBSVM, run %2: %3)</source>
            <translation>%1 points above the linear baseline (NBSVM, run %2: %3)</translation>
        </message>
        <message>
            <source>the checkpoint's n-gram order is out of range</source>
            <translation>the checkpoint's n-gram order is out of range</translation>
        </message>
        <message>
            <source>run %1 recorded neither a plan nor its dataset and split</source>
            <translation>run %1 recorded neither a plan nor its dataset and split</translation>
        </message>
        <message>
            <source>"%1" is not among the %2 words of these vectors</source>
            <translation>"%1" is not among the %2 words of these vectors</translation>
        </message>
        <message>
            <source>"%1" is not in the run's vocabulary</source>
            <translation>"%1" is not in the run's vocabulary</translation>
        </message>
        <message>
            <source>"%1" has no vector in the file the run is compared with: it started from a random vector</source>
            <translation>"%1" has no vector in the file the run is compared with: it started from a random vector</translation>
        </message>
        <message>
            <source>record the gradient flow of run %1</source>
            <translation>record the gradient flow of run %1</translation>
        </message>
        <message>
            <source>record a new group of runs</source>
            <translation>record a new group of runs</translation>
        </message>
        <message>
            <source>read the groups of runs</source>
            <translation>read the groups of runs</translation>
        </message>
        <message>
            <source>forget the checkpoint of run %1</source>
            <translation>forget the checkpoint of run %1</translation>
        </message>
        <message>
            <source>the checkpoint of run %1 could not be deleted: %2</source>
            <translation>the checkpoint of run %1 could not be deleted: %2</translation>
        </message>
        <message>
            <source>read the checkpoints' paths</source>
            <translation>read the checkpoints' paths</translation>
        </message>
        <message>
            <source>add a plan to the run queue</source>
            <translation>add a plan to the run queue</translation>
        </message>
        <message>
            <source>read the run queue</source>
            <translation>read the run queue</translation>
        </message>
        <message>
            <source>there is no entry %1 in the run queue</source>
            <translation>there is no entry %1 in the run queue</translation>
        </message>
        <message>
            <source>update the run queue</source>
            <translation>update the run queue</translation>
        </message>
        <message>
            <source>the training and validation reviews differ (another dataset, tokenizer or split)</source>
            <translation>the training and validation reviews differ (another dataset, tokenizer or split)</translation>
        </message>
        <message>
            <source>the vocabulary differs</source>
            <translation>the vocabulary differs</translation>
        </message>
        <message>
            <source>the starting word vectors differ</source>
            <translation>the starting word vectors differ</translation>
        </message>
        <message>
            <source>the plan differs (a setting or the seed)</source>
            <translation>the plan differs (a setting or the seed)</translation>
        </message>
        <message>
            <source>the CPU's vector units differ (%1 against %2): the kernels sum in another order, so the last digits differ and grow over the epochs</source>
            <translation>the CPU's vector units differ (%1 against %2): the kernels sum in another order, so the last digits differ and grow over the epochs</translation>
        </message>
        <message>
            <source>the thread count differs (%1 against %2): sums are split differently</source>
            <translation>the thread count differs (%1 against %2): sums are split differently</translation>
        </message>
        <message>
            <source>the precision differs (%1 against %2)</source>
            <translation>the precision differs (%1 against %2)</translation>
        </message>
        <message>
            <source>the device differs (%1 against %2)</source>
            <translation>the device differs (%1 against %2)</translation>
        </message>
        <message>
            <source>LibTorch differs (%1 against %2)</source>
            <translation>LibTorch differs (%1 against %2)</translation>
        </message>
        <message>
            <source>Sentiment Lab differs (%1 against %2)</source>
            <translation>Sentiment Lab differs (%1 against %2)</translation>
        </message>
        <message>
            <source>the run's reproducibility card cannot be read: %1</source>
            <translation>the run's reproducibility card cannot be read: %1</translation>
        </message>
        <message>
            <source>--sweep takes KNOB=V1,V2,... with a knob of %1; not '%2'</source>
            <translation>--sweep takes KNOB=V1,V2,... with a knob of %1; not '%2'</translation>
        </message>
        <message>
            <source>--sweep %1 has no values</source>
            <translation>--sweep %1 has no values</translation>
        </message>
        <message>
            <source>'%1' is not a value of %2</source>
            <translation>'%1' is not a value of %2</translation>
        </message>
        <message>
            <source>put run %1 into group %2</source>
            <translation>put run %1 into group %2</translation>
        </message>
        <message>
            <source>the cached tokenized dataset is damaged; it is rebuilt from the source</source>
            <translation>the cached tokenized dataset is damaged; it is rebuilt from the source</translation>
        </message>
        <message>
            <source>%1: ignored, a link (symbolic or hard) is not a review</source>
            <translation>%1: ignored, a link (symbolic or hard) is not a review</translation>
        </message>
        <message>
            <source>the cached word vectors are damaged; they are rebuilt from the source</source>
            <translation>the cached word vectors are damaged; they are rebuilt from the source</translation>
        </message>
        <message>
            <source>a line of %1 values: more than the %2 this reads (is this a vectors file?)</source>
            <translation>a line of %1 values: more than the %2 this reads (is this a vectors file?)</translation>
        </message>
        <message>
            <source>the member claims %1 bytes from %2 compressed ones, more than deflate can give: the file is damaged</source>
            <translation>the member claims %1 bytes from %2 compressed ones, more than deflate can give: the file is damaged</translation>
        </message>
        <message>
            <source>cannot save '%1': only float tensors of rank %2 or less are stored</source>
            <translation>cannot save '%1': only float tensors of rank %2 or less are stored</translation>
        </message>
        <message>
            <source>the checkpoint's weights are damaged: %1</source>
            <translation>the checkpoint's weights are damaged: %1</translation>
        </message>
        <message>
            <source>the table is truncated</source>
            <translation>the table is truncated</translation>
        </message>
        <message>
            <source>it claims %1 tensors</source>
            <translation>it claims %1 tensors</translation>
        </message>
        <message>
            <source>'%1' has an unknown value type %2</source>
            <translation>'%1' has an unknown value type %2</translation>
        </message>
        <message>
            <source>'%1' has rank %2</source>
            <translation>'%1' has rank %2</translation>
        </message>
        <message>
            <source>'%1' has sizes larger than the file</source>
            <translation>'%1' has sizes larger than the file</translation>
        </message>
        <message>
            <source>the values of '%1' are truncated</source>
            <translation>the values of '%1' are truncated</translation>
        </message>
        <message>
            <source>%1 bytes follow the last tensor</source>
            <translation>%1 bytes follow the last tensor</translation>
        </message>
        <message>
            <source>the checkpoint's weights name '%1' twice</source>
            <translation>the checkpoint's weights name '%1' twice</translation>
        </message>
        <message>
            <source>the checkpoint holds %1 tensors; its model has %2</source>
            <translation>the checkpoint holds %1 tensors; its model has %2</translation>
        </message>
        <message>
            <source>the checkpoint has no '%1'</source>
            <translation>the checkpoint has no '%1'</translation>
        </message>
        <message>
            <source>'%1' in the checkpoint does not have its model's shape</source>
            <translation>'%1' in the checkpoint does not have its model's shape</translation>
        </message>
        <message>
            <source>the checkpoint's weights are too small for its model</source>
            <translation>the checkpoint's weights are too small for its model</translation>
        </message>
        <message>
            <source>the checkpoint is damaged: its %1 fail their CRC-32 check</source>
            <translation>the checkpoint is damaged: its %1 fail their CRC-32 check</translation>
        </message>
        <message>
            <source>the checkpoint is damaged: %1 bytes follow its weights</source>
            <translation>the checkpoint is damaged: %1 bytes follow its weights</translation>
        </message>
        <message>
            <source>the checkpoint's model is impossibly large</source>
            <translation>the checkpoint's model is impossibly large</translation>
        </message>
        <message>
            <source>the checkpoint holds %1 numbers; its model needs %2</source>
            <translation>the checkpoint holds %1 numbers; its model needs %2</translation>
        </message>
        <message>
            <source>the server sent nothing for %1 s after %2; the part is kept in %3 and the next download resumes it</source>
            <translation>the server sent nothing for %1 s after %2; the part is kept in %3 and the next download resumes it</translation>
        </message>
        <message>
            <source>cannot write the resume state (disk full?)</source>
            <translation>cannot write the resume state (disk full?)</translation>
        </message>
        <message>
            <source>the resume state is damaged (or from an older version); the run cannot continue</source>
            <translation>the resume state is damaged (or from an older version); the run cannot continue</translation>
        </message>
        <message>
            <source>cannot read the resume state</source>
            <translation>cannot read the resume state</translation>
        </message>
        <message>
            <source>the resume state is damaged: %1</source>
            <translation>the resume state is damaged: %1</translation>
        </message>
        <message>
            <source>cannot create the file: %1</source>
            <translation>cannot create the file: %1</translation>
        </message>
        <message>
            <source>cannot put the file in place: %1</source>
            <translation>cannot put the file in place: %1</translation>
        </message>
        <message>
            <source>the folder cannot be created: %1</source>
            <translation>the folder cannot be created: %1</translation>
        </message>
        <message>
            <source>the plan names no dataset: give --data or --demo</source>
            <translation>the plan names no dataset: give --data or --demo</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>cannot be read</translation>
        </message>
        <message>
            <source>is not a task file written by train --emit-slurm</source>
            <translation>is not a task file written by train --emit-slurm</translation>
        </message>
        <message>
            <source>its plan does not read: %1</source>
            <translation>its plan does not read: %1</translation>
        </message>
        <message>
            <source>is not a task file written by train --emit-slurm (%1)</source>
            <translation>is not a task file written by train --emit-slurm (%1)</translation>
        </message>
        <message>
            <source>its group has no valid uid</source>
            <translation>its group has no valid uid</translation>
        </message>
        <message>
            <source>is this run store itself: choose another store to import</source>
            <translation>is this run store itself: choose another store to import</translation>
        </message>
        <message>
            <source>%1 is not the checkpoint run %2 recorded (its SHA-256 differs); left out</source>
            <translation>%1 is not the checkpoint run %2 recorded (its SHA-256 differs); left out</translation>
        </message>
        <message>
            <source>the folder for checkpoints cannot be created: %1</source>
            <translation>the folder for checkpoints cannot be created: %1</translation>
        </message>
        <message>
            <source>import the runs of %1</source>
            <translation>import the runs of %1</translation>
        </message>
        <message>
            <source>more than one run's uid starts with %1: give more of it</source>
            <translation>more than one run's uid starts with %1: give more of it</translation>
        </message>
        <message>
            <source>there is no run %1 (give a run's number or its uid)</source>
            <translation>there is no run %1 (give a run's number or its uid)</translation>
        </message>
        <message>
            <source>find run %1</source>
            <translation>find run %1</translation>
        </message>
        <message>
            <source>the file was already written</source>
            <translation>the file was already written</translation>
        </message>
        <message>
            <source>cannot create the file (is the folder writable?)</source>
            <translation>cannot create the file (is the folder writable?)</translation>
        </message>
        <message>
            <source>cannot write the file (disk full?)</source>
            <translation>cannot write the file (disk full?)</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>cannot read the file: %1</translation>
        </message>
        <message>
            <source>1 epoch</source>
            <translation>1 epoch</translation>
        </message>
        <message>
            <source>%1 epochs</source>
            <translation>%1 epochs</translation>
        </message>
        <message>
            <source>English (spaCy-like) tokenizer</source>
            <translation>English (spaCy-like) tokenizer</translation>
        </message>
        <message>
            <source>basic_english tokenizer</source>
            <translation>basic_english tokenizer</translation>
        </message>
        <message>
            <source>%1, lower-cased</source>
            <translation>%1, lower-cased</translation>
        </message>
        <message>
            <source>SGD with momentum %1</source>
            <translation>SGD with momentum %1</translation>
        </message>
        <message>
            <source>, falling linearly to 0</source>
            <translation>, falling linearly to 0</translation>
        </message>
        <message>
            <source>, gradients clipped at norm %1</source>
            <translation>, gradients clipped at norm %1</translation>
        </message>
        <message>
            <source>, at most %1 batches an epoch</source>
            <translation>, at most %1 batches an epoch</translation>
        </message>
        <message>
            <source>Training: %1, learning rate %2%3, batches of %4 reviews, %5 epochs; the weights with the best validation loss are tested.</source>
            <translation>Training: %1, learning rate %2%3, batches of %4 reviews, %5 epochs; the weights with the best validation loss are tested.</translation>
        </message>
        <message>
            <source>Model: a one-layer RNN of %1 hidden units over %2-dimensional word embeddings, classifying from its last hidden state.</source>
            <translation>Model: a one-layer RNN of %1 hidden units over %2-dimensional word embeddings, classifying from its last hidden state.</translation>
        </message>
        <message>
            <source>Model: a %1-layer%2 %3 of %4 hidden units with dropout %5, over %6-dimensional word embeddings; packed-sequence semantics (padding is never read).</source>
            <translation>Model: a %1-layer%2 %3 of %4 hidden units with dropout %5, over %6-dimensional word embeddings; packed-sequence semantics (padding is never read).</translation>
        </message>
        <message>
            <source> bidirectional</source>
            <translation> bidirectional</translation>
        </message>
        <message>
            <source>Model: FastText, the average of the %1-dimensional embeddings of a review's words and bigrams, then one linear layer.</source>
            <translation>Model: FastText, the average of the %1-dimensional embeddings of a review's words and bigrams, then one linear layer.</translation>
        </message>
        <message>
            <source>Model: a CNN of %1 filters of each width (%2 words) over %3-dimensional word embeddings, max-pooled over the review, with dropout %4.</source>
            <translation>Model: a CNN of %1 filters of each width (%2 words) over %3-dimensional word embeddings, max-pooled over the review, with dropout %4.</translation>
        </message>
        <message>
            <source>Model: NBSVM (Wang &amp; Manning, 2012), logistic regression on a review's distinct n-grams up to length %1, each weighted by its naive Bayes log-count ratio (smoothing %2)%3.</source>
            <translation>Model: NBSVM (Wang &amp; Manning, 2012), logistic regression on a review's distinct n-grams up to length %1, each weighted by its naive Bayes log-count ratio (smoothing %2)%3.</translation>
        </message>
        <message>
            <source>, weights interpolated with beta %1</source>
            <translation>, weights interpolated with beta %1</translation>
        </message>
        <message>
            <source>Embeddings: initialised at random.</source>
            <translation>Embeddings: initialised at random.</translation>
        </message>
        <message>
            <source>Embeddings: initialised from %1 (%2 of the vocabulary found there, the rest at random)%3.</source>
            <translation>Embeddings: initialised from %1 (%2 of the vocabulary found there, the rest at random)%3.</translation>
        </message>
        <message>
            <source>, kept fixed</source>
            <translation>, kept fixed</translation>
        </message>
        <message>
            <source>, with bigrams</source>
            <translation>, with bigrams</translation>
        </message>
        <message>
            <source>Data: %1 training and %2 validation reviews (IMDb's training set split with seed %3), %4 test reviews.</source>
            <translation>Data: %1 training and %2 validation reviews (IMDb's training set split with seed %3), %4 test reviews.</translation>
        </message>
        <message>
            <source>Ran in %1 on %2 with %3 threads.</source>
            <translation>Ran in %1 on %2 with %3 threads.</translation>
        </message>
        <message>
            <source>%1 %2 × %3%4</source>
            <translation>%1 %2 × %3%4</translation>
        </message>
        <message>
            <source>, bidirectional</source>
            <translation>, bidirectional</translation>
        </message>
        <message>
            <source>%1 lr %2%3</source>
            <translation>%1 lr %2%3</translation>
        </message>
        <message>
            <source> → 0</source>
            <translation> → 0</translation>
        </message>
        <message>
            <source>bfloat16</source>
            <translation>bfloat16</translation>
        </message>
        <message>
            <source>float32</source>
            <translation>float32</translation>
        </message>
        <message>
            <source>words, bigrams and trigrams weighted by log-count ratios</source>
            <translation>words, bigrams and trigrams weighted by log-count ratios</translation>
        </message>
        <message>
            <source>words and bigrams weighted by log-count ratios</source>
            <translation>words and bigrams weighted by log-count ratios</translation>
        </message>
        <message>
            <source>words weighted by log-count ratios</source>
            <translation>words weighted by log-count ratios</translation>
        </message>
        <message>
            <source>GloVe %1d</source>
            <translation>GloVe %1d</translation>
        </message>
        <message>
            <source>random embedding</source>
            <translation>random embedding</translation>
        </message>
        <message>
            <source>%1 parameters</source>
            <translation>%1 parameters</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Group %1 (%2 runs): test %3 ± %4 points</source>
            <translation>Group %1 (%2 runs): test %3 ± %4 points</translation>
        </message>
        <message>
            <source>%1 → %2%3</source>
            <translation>%1 → %2%3</translation>
        </message>
        <message>
            <source> (best)</source>
            <translation> (best)</translation>
        </message>
        <message>
            <source>split %1, vocabulary %2, vectors %3, plan %4; Sentiment Lab %5, LibTorch %6, %7 on %8, %9 threads</source>
            <translation>split %1, vocabulary %2, vectors %3, plan %4; Sentiment Lab %5, LibTorch %6, %7 on %8, %9 threads</translation>
        </message>
        <message>
            <source>Recurrent cell:</source>
            <translation>Recurrent cell:</translation>
        </message>
        <message>
            <source>LSTM</source>
            <translation>LSTM</translation>
        </message>
        <message>
            <source>GRU</source>
            <translation>GRU</translation>
        </message>
        <message>
            <source>Elman RNN (tanh)</source>
            <translation>Elman RNN (tanh)</translation>
        </message>
        <message>
            <source>cell</source>
            <translation>cell</translation>
        </message>
        <message>
            <source>Layers:</source>
            <translation>Layers:</translation>
        </message>
        <message>
            <source>layers</source>
            <translation>layers</translation>
        </message>
        <message>
            <source>Hidden units:</source>
            <translation>Hidden units:</translation>
        </message>
        <message>
            <source>hidden units</source>
            <translation>hidden units</translation>
        </message>
        <message>
            <source>Bidirectional:</source>
            <translation>Bidirectional:</translation>
        </message>
        <message>
            <source>read both ways</source>
            <translation>read both ways</translation>
        </message>
        <message>
            <source>Dropout:</source>
            <translation>Dropout:</translation>
        </message>
        <message>
            <source>dropout</source>
            <translation>dropout</translation>
        </message>
        <message>
            <source>Embedding size:</source>
            <translation>Embedding size:</translation>
        </message>
        <message>
            <source>embedding size</source>
            <translation>embedding size</translation>
        </message>
        <message>
            <source>Vectors:</source>
            <translation>Vectors:</translation>
        </message>
        <message>
            <source>start from the loaded word vectors</source>
            <translation>start from the loaded word vectors</translation>
        </message>
        <message>
            <source>Embedding:</source>
            <translation>Embedding:</translation>
        </message>
        <message>
            <source>freeze the embedding</source>
            <translation>freeze the embedding</translation>
        </message>
        <message>
            <source>Freeze for:</source>
            <translation>Freeze for:</translation>
        </message>
        <message>
            <source>Keep the embedding fixed for the first N epochs, then train it too</source>
            <translation>Keep the embedding fixed for the first N epochs, then train it too</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source> epochs</source>
            <translation> epochs</translation>
        </message>
        <message>
            <source>RNN input:</source>
            <translation>RNN input:</translation>
        </message>
        <message>
            <source>Both give each review's true last state and never look at padding</source>
            <translation>Both give each review's true last state and never look at padding</translation>
        </message>
        <message>
            <source>padded, length-bucketed (fast on CPU)</source>
            <translation>padded, length-bucketed (fast on CPU)</translation>
        </message>
        <message>
            <source>packed sequences (the lecture's code path, slow on CPU)</source>
            <translation>packed sequences (the lecture's code path, slow on CPU)</translation>
        </message>
        <message>
            <source>N-grams:</source>
            <translation>N-grams:</translation>
        </message>
        <message>
            <source>NBSVM: the features of a review, each counted once however often it occurs</source>
            <translation>NBSVM: the features of a review, each counted once however often it occurs</translation>
        </message>
        <message>
            <source>words</source>
            <translation>words</translation>
        </message>
        <message>
            <source>words and bigrams (the paper's)</source>
            <translation>words and bigrams (the paper's)</translation>
        </message>
        <message>
            <source>words, bigrams and trigrams</source>
            <translation>words, bigrams and trigrams</translation>
        </message>
        <message>
            <source>Smoothing (alpha):</source>
            <translation>Smoothing (alpha):</translation>
        </message>
        <message>
            <source>NBSVM: added to every n-gram's count in each class before the log-count ratio (the paper's 1)</source>
            <translation>NBSVM: added to every n-gram's count in each class before the log-count ratio (the paper's 1)</translation>
        </message>
        <message>
            <source>Interpolation (beta):</source>
            <translation>Interpolation (beta):</translation>
        </message>
        <message>
            <source>NBSVM: when predicting, mix each weight with the mean weight magnitude: w' = (1 - beta) * mean|w| + beta * w. 1 = none; the paper's SVM used 0.25</source>
            <translation>NBSVM: when predicting, mix each weight with the mean weight magnitude: w' = (1 - beta) * mean|w| + beta * w. 1 = none; the paper's SVM used 0.25</translation>
        </message>
        <message>
            <source>Optimizer:</source>
            <translation>Optimizer:</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <source>optimizer</source>
            <translation>optimizer</translation>
        </message>
        <message>
            <source>Learning rate:</source>
            <translation>Learning rate:</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>learning rate</translation>
        </message>
        <message>
            <source>Schedule:</source>
            <translation>Schedule:</translation>
        </message>
        <message>
            <source>constant (the lecture)</source>
            <translation>constant (the lecture)</translation>
        </message>
        <message>
            <source>linear decay to 0 (fastText)</source>
            <translation>linear decay to 0 (fastText)</translation>
        </message>
        <message>
            <source>Momentum (SGD):</source>
            <translation>Momentum (SGD):</translation>
        </message>
        <message>
            <source>Gradient clipping:</source>
            <translation>Gradient clipping:</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>Epochs:</source>
            <translation>Epochs:</translation>
        </message>
        <message>
            <source>epochs</source>
            <translation>epochs</translation>
        </message>
        <message>
            <source>Batch size:</source>
            <translation>Batch size:</translation>
        </message>
        <message>
            <source>batch size</source>
            <translation>batch size</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Seed:</translation>
        </message>
        <message>
            <source>seed</source>
            <translation>seed</translation>
        </message>
        <message>
            <source>Device:</source>
            <translation>Device:</translation>
        </message>
        <message>
            <source>auto (CUDA when available)</source>
            <translation>auto (CUDA when available)</translation>
        </message>
        <message>
            <source>CPU</source>
            <translation>CPU</translation>
        </message>
        <message>
            <source>CUDA</source>
            <translation>CUDA</translation>
        </message>
        <message>
            <source>Precision:</source>
            <translation>Precision:</translation>
        </message>
        <message>
            <source>auto</source>
            <translation>auto</translation>
        </message>
        <message>
            <source>Diagnostics:</source>
            <translation>Diagnostics:</translation>
        </message>
        <message>
            <source>Before training and after each epoch, measure how much gradient reaches each step of a review (recurrent models; the Runs page shows it). It changes none of the run's numbers.</source>
            <translation>Before training and after each epoch, measure how much gradient reaches each step of a review (recurrent models; the Runs page shows it). It changes none of the run's numbers.</translation>
        </message>
        <message>
            <source>Measure the gradient flow</source>
            <translation>Measure the gradient flow</translation>
        </message>
        <message>
            <source>Max vocabulary:</source>
            <translation>Max vocabulary:</translation>
        </message>
        <message>
            <source>Most frequent training tokens kept (FastText and NBSVM: words and n-grams together); the rest become &lt;unk&gt;</source>
            <translation>Most frequent training tokens kept (FastText and NBSVM: words and n-grams together); the rest become &lt;unk&gt;</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>Tokenizer:</source>
            <translation>Tokenizer:</translation>
        </message>
        <message>
            <source>English, spaCy-like (the lecture's)</source>
            <translation>English, spaCy-like (the lecture's)</translation>
        </message>
        <message>
            <source>basic_english (torchtext)</source>
            <translation>basic_english (torchtext)</translation>
        </message>
        <message>
            <source>lower-case every token</source>
            <translation>lower-case every token</translation>
        </message>
        <message>
            <source>Train share:</source>
            <translation>Train share:</translation>
        </message>
        <message>
            <source>Share of the 25,000 training reviews trained on; the rest is the validation split. 1: all of them, no validation (the last epoch is tested)</source>
            <translation>Share of the 25,000 training reviews trained on; the rest is the validation split. 1: all of them, no validation (the last epoch is tested)</translation>
        </message>
        <message>
            <source>Minimum count:</source>
            <translation>Minimum count:</translation>
        </message>
        <message>
            <source>Leave out tokens seen fewer times than this in the training reviews (they become &lt;unk&gt;); 1 keeps every token, as the lecture</source>
            <translation>Leave out tokens seen fewer times than this in the training reviews (they become &lt;unk&gt;); 1 keeps every token, as the lecture</translation>
        </message>
        <message>
            <source>The run store %1 could not be used (%2); it was kept as %3 and a new one was started.</source>
            <translation>The run store %1 could not be used (%2); it was kept as %3 and a new one was started.</translation>
        </message>
        <message>
            <source>no dataset was given: use --data or --demo</source>
            <translation>no dataset was given: use --data or --demo</translation>
        </message>
        <message>
            <source>run %1 trained on %2, not on %3: open those reviews to continue it</source>
            <translation>run %1 trained on %2, not on %3: open those reviews to continue it</translation>
        </message>
        <message>
            <source>a field is longer than %1 MiB (is this a text file?)</source>
            <translation>a field is longer than %1 MiB (is this a text file?)</translation>
        </message>
        <message>
            <source>a quoted field opens here and is never closed</source>
            <translation>a quoted field opens here and is never closed</translation>
        </message>
        <message>
            <source>the label map's rule "%1" is not LABELS=CLASS (for example 1-4=negative)</source>
            <translation>the label map's rule "%1" is not LABELS=CLASS (for example 1-4=negative)</translation>
        </message>
        <message>
            <source>the label map's range "%1" runs backwards</source>
            <translation>the label map's range "%1" runs backwards</translation>
        </message>
        <message>
            <source>the label map is empty</source>
            <translation>the label map is empty</translation>
        </message>
        <message>
            <source>there is no %1 column %2: the file has %3 columns</source>
            <translation>there is no %1 column %2: the file has %3 columns</translation>
        </message>
        <message>
            <source>there is no column named "%1" for the %2; the columns are: %3</source>
            <translation>there is no column named "%1" for the %2; the columns are: %3</translation>
        </message>
        <message>
            <source>cannot tell which column holds the labels: name it (--label-column)</source>
            <translation>cannot tell which column holds the labels: name it (--label-column)</translation>
        </message>
        <message>
            <source>the text and the label are the same column</source>
            <translation>the text and the label are the same column</translation>
        </message>
        <message>
            <source>it is a binary file, not text</source>
            <translation>it is a binary file, not text</translation>
        </message>
        <message>
            <source>cannot tell how the columns are separated (tab, comma, semicolon or bar): name it (--delimiter)</source>
            <translation>cannot tell how the columns are separated (tab, comma, semicolon or bar): name it (--delimiter)</translation>
        </message>
        <message>
            <source>a line is longer than %1 MiB</source>
            <translation>a line is longer than %1 MiB</translation>
        </message>
        <message>
            <source>this line is not a JSON object</source>
            <translation>this line is not a JSON object</translation>
        </message>
        <message>
            <source>this row has %1 fields where the header has %2 (a stray delimiter or line break?)</source>
            <translation>this row has %1 fields where the header has %2 (a stray delimiter or line break?)</translation>
        </message>
        <message>
            <source>the split column says "%1"; it can say train, valid or test</source>
            <translation>the split column says "%1"; it can say train, valid or test</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <source>the label map leaves no row (%1 dropped)</source>
            <translation>the label map leaves no row (%1 dropped)</translation>
        </message>
        <message>
            <source>there is no labelled row</source>
            <translation>there is no labelled row</translation>
        </message>
        <message>
            <source>every row has the same label (%1): a classifier needs two classes or more</source>
            <translation>every row has the same label (%1): a classifier needs two classes or more</translation>
        </message>
        <message>
            <source>the class "%1" has no training example</source>
            <translation>the class "%1" has no training example</translation>
        </message>
        <message>
            <source>%1 rows were left out: the label map does not name their labels</source>
            <translation>%1 rows were left out: the label map does not name their labels</translation>
        </message>
        <message>
            <source>Unicode words (ICU): Korean, Japanese, Chinese, Thai and other scripts</source>
            <translation>Unicode words (ICU): Korean, Japanese, Chinese, Thai and other scripts</translation>
        </message>
        <message>
            <source>Unicode word tokenizer (ICU)</source>
            <translation>Unicode word tokenizer (ICU)</translation>
        </message>
        <message>
            <source>this row has no label (column %1)</source>
            <translation>this row has no label (column %1)</translation>
        </message>
        <message>
            <source>Character n-grams:</source>
            <translation>Character n-grams:</translation>
        </message>
        <message>
            <source>FastText and NBSVM: each word also adds its pieces of 1 to N characters, marked at the word's start and end ("&lt;영", "화를&gt;"). For languages whose words carry particles or endings, such as Korean, the pieces a word shares with its other forms help</source>
            <translation>FastText and NBSVM: each word also adds its pieces of 1 to N characters, marked at the word's start and end ("&lt;영", "화를&gt;"). For languages whose words carry particles or endings, such as Korean, the pieces a word shares with its other forms help</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source> characters</source>
            <translation> characters</translation>
        </message>
        <message>
            <source>character n-grams</source>
            <translation>character n-grams</translation>
        </message>
        <message>
            <source>Vocabulary: %1 entries, the most frequent training tokens with &lt;unk&gt; and &lt;pad&gt;; %2%3%4.</source>
            <translation>Vocabulary: %1 entries, the most frequent training tokens with &lt;unk&gt; and &lt;pad&gt;; %2%3%4.</translation>
        </message>
        <message>
            <source>, with the words' character n-grams of 1 to %1 characters</source>
            <translation>, with the words' character n-grams of 1 to %1 characters</translation>
        </message>
        <message>
            <source>character 1-%1-grams</source>
            <translation>character 1-%1-grams</translation>
        </message>
        <message>
            <source>it has %1 classes, more than the %2 a model can tell apart here: is the label column the right one? A label map can bin them (for example --label-map "1-4=negative,9-10=positive")</source>
            <translation>it has %1 classes, more than the %2 a model can tell apart here: is the label column the right one? A label map can bin them (for example --label-map "1-4=negative,9-10=positive")</translation>
        </message>
        <message>
            <source>no row is left for the test: give a test file (--test-data) or more rows</source>
            <translation>no row is left for the test: give a test file (--test-data) or more rows</translation>
        </message>
        <message>
            <source>the plan names %1 classes for a model of %2</source>
            <translation>the plan names %1 classes for a model of %2</translation>
        </message>
        <message>
            <source>the checkpoint names %1 classes for a model of %2</source>
            <translation>the checkpoint names %1 classes for a model of %2</translation>
        </message>
        <message>
            <source>Classes:</source>
            <translation>Classes:</translation>
        </message>
        <message>
            <source>For skewed data (the Naver ratings are 43 % tens): each training review's loss is weighed by how rare its class is, so that the model does not learn to answer the common class alone. Raises the macro-F1, usually at some cost in accuracy</source>
            <translation>For skewed data (the Naver ratings are 43 % tens): each training review's loss is weighed by how rare its class is, so that the model does not learn to answer the common class alone. Raises the macro-F1, usually at some cost in accuracy</translation>
        </message>
        <message>
            <source>weigh each class alike</source>
            <translation>weigh each class alike</translation>
        </message>
        <message>
            <source>the label map names more than %1 classes</source>
            <translation>the label map names more than %1 classes</translation>
        </message>
        <message>
            <source>%1 reviews were left out: the label map does not name their stars</source>
            <translation>%1 reviews were left out: the label map does not name their stars</translation>
        </message>
        <message>
            <source>is not a folder</source>
            <translation>is not a folder</translation>
        </message>
        <message>
            <source>has no class folders: put each class's texts in a folder of its own (positive/, negative/, ...)</source>
            <translation>has no class folders: put each class's texts in a folder of its own (positive/, negative/, ...)</translation>
        </message>
        <message>
            <source>its class folders hold no files (one text per file)</source>
            <translation>its class folders hold no files (one text per file)</translation>
        </message>
        <message>
            <source>cannot open the file</source>
            <translation>cannot open the file</translation>
        </message>
        <message>
            <source>cannot read the file</source>
            <translation>cannot read the file</translation>
        </message>
        <message>
            <source>is longer than %1 MiB: one text per file</source>
            <translation>is longer than %1 MiB: one text per file</translation>
        </message>
        <message>
            <source>Call:</source>
            <translation>Call:</translation>
        </message>
        <message>
            <source>How a review's class is chosen from the model's probabilities. The likeliest class is right most often (accuracy); for stars, the median of the distribution is on average nearest to the truth (mean absolute error), at some cost in accuracy</source>
            <translation>How a review's class is chosen from the model's probabilities. The likeliest class is right most often (accuracy); for stars, the median of the distribution is on average nearest to the truth (mean absolute error), at some cost in accuracy</translation>
        </message>
        <message>
            <source>the likeliest class</source>
            <translation>the likeliest class</translation>
        </message>
        <message>
            <source>the median star (numbered classes)</source>
            <translation>the median star (numbered classes)</translation>
        </message>
        <message>
            <source>call</source>
            <translation>call</translation>
        </message>
        <message>
            <source>unknown call '%1' (likeliest or median)</source>
            <translation>unknown call '%1' (likeliest or median)</translation>
        </message>
        <message>
            <source>the median call needs more than two classes that are numbers in order (stars); these are not: call the likeliest class</source>
            <translation>the median call needs more than two classes that are numbers in order (stars); these are not: call the likeliest class</translation>
        </message>
        <message>
            <source>%1 rows with an empty text were skipped (the first: %2)</source>
            <translation>%1 rows with an empty text were skipped (the first: %2)</translation>
        </message>
        <message>
            <source>AdamW (decoupled weight decay)</source>
            <translation>AdamW (decoupled weight decay)</translation>
        </message>
        <message>
            <source>cosine decay to 0 (Transformers)</source>
            <translation>cosine decay to 0 (Transformers)</translation>
        </message>
        <message>
            <source>Warm-up:</source>
            <translation>Warm-up:</translation>
        </message>
        <message>
            <source>The learning rate rises linearly from 0 over this share of the run's batches, then follows the schedule. Transformers need it: their first steps, with Adam's moments still empty, are the least stable</source>
            <translation>The learning rate rises linearly from 0 over this share of the run's batches, then follows the schedule. Transformers need it: their first steps, with Adam's moments still empty, are the least stable</translation>
        </message>
        <message>
            <source>warm-up</source>
            <translation>warm-up</translation>
        </message>
        <message>
            <source>Weight decay:</source>
            <translation>Weight decay:</translation>
        </message>
        <message>
            <source>AdamW (weight decay %1)</source>
            <translation>AdamW (weight decay %1)</translation>
        </message>
        <message>
            <source>the warm-up share %1 is not between 0 and 0.5</source>
            <translation>the warm-up share %1 is not between 0 and 0.5</translation>
        </message>
        <message>
            <source>unknown truncation '%1' (head, tail or head+tail)</source>
            <translation>unknown truncation '%1' (head, tail or head+tail)</translation>
        </message>
        <message>
            <source>Max length:</source>
            <translation>Max length:</translation>
        </message>
        <message>
            <source>Reviews longer than this are cut (the bag-of-n-grams models read every token). Attention's cost grows with the square of the length: a Transformer needs a limit</source>
            <translation>Reviews longer than this are cut (the bag-of-n-grams models read every token). Attention's cost grows with the square of the length: a Transformer needs a limit</translation>
        </message>
        <message>
            <source>whole reviews</source>
            <translation>whole reviews</translation>
        </message>
        <message>
            <source>max length</source>
            <translation>max length</translation>
        </message>
        <message>
            <source>Cut long reviews:</source>
            <translation>Cut long reviews:</translation>
        </message>
        <message>
            <source>keep the start</source>
            <translation>keep the start</translation>
        </message>
        <message>
            <source>keep the end</source>
            <translation>keep the end</translation>
        </message>
        <message>
            <source>keep a quarter of the start and the end</source>
            <translation>keep a quarter of the start and the end</translation>
        </message>
        <message>
            <source>unknown preset '%1' (expected base, advanced, fasttext, cnn, nbsvm or transformer)</source>
            <translation>unknown preset '%1' (expected base, advanced, fasttext, cnn, nbsvm or transformer)</translation>
        </message>
        <message>
            <source>a Transformer needs --max-length (1 to 100000): its attention's memory grows with the square of the length</source>
            <translation>a Transformer needs --max-length (1 to 100000): its attention's memory grows with the square of the length</translation>
        </message>
        <message>
            <source>Attention heads:</source>
            <translation>Attention heads:</translation>
        </message>
        <message>
            <source>Each head attends with its own share of the width: the embedding size must divide by the number of heads</source>
            <translation>Each head attends with its own share of the width: the embedding size must divide by the number of heads</translation>
        </message>
        <message>
            <source>heads</source>
            <translation>heads</translation>
        </message>
        <message>
            <source>Feed-forward width:</source>
            <translation>Feed-forward width:</translation>
        </message>
        <message>
            <source>feed-forward width</source>
            <translation>feed-forward width</translation>
        </message>
        <message>
            <source>Positions:</source>
            <translation>Positions:</translation>
        </message>
        <message>
            <source>learned, one vector per position</source>
            <translation>learned, one vector per position</translation>
        </message>
        <message>
            <source>fixed sines and cosines</source>
            <translation>fixed sines and cosines</translation>
        </message>
        <message>
            <source>positions</source>
            <translation>positions</translation>
        </message>
        <message>
            <source>LayerNorm:</source>
            <translation>LayerNorm:</translation>
        </message>
        <message>
            <source>Before each sub-layer trains more steadily; after it is the original paper's and BERT's</source>
            <translation>Before each sub-layer trains more steadily; after it is the original paper's and BERT's</translation>
        </message>
        <message>
            <source>before each sub-layer (pre-norm)</source>
            <translation>before each sub-layer (pre-norm)</translation>
        </message>
        <message>
            <source>after each sub-layer (post-norm)</source>
            <translation>after each sub-layer (post-norm)</translation>
        </message>
        <message>
            <source>LayerNorm</source>
            <translation>LayerNorm</translation>
        </message>
        <message>
            <source>Classify from:</source>
            <translation>Classify from:</translation>
        </message>
        <message>
            <source>a [CLS] token</source>
            <translation>a [CLS] token</translation>
        </message>
        <message>
            <source>the mean of the tokens</source>
            <translation>the mean of the tokens</translation>
        </message>
        <message>
            <source>pooling</source>
            <translation>pooling</translation>
        </message>
        <message>
            <source>Model: a Transformer encoder of %1 layers (%2 attention heads, width %3, feed-forward width %4, GELU, %5, dropout %6) over word embeddings with %7 positions, classifying from %8; padding is masked out of attention.</source>
            <translation>Model: a Transformer encoder of %1 layers (%2 attention heads, width %3, feed-forward width %4, GELU, %5, dropout %6) over word embeddings with %7 positions, classifying from %8; padding is masked out of attention.</translation>
        </message>
        <message>
            <source>LayerNorm before each sub-layer</source>
            <translation>LayerNorm before each sub-layer</translation>
        </message>
        <message>
            <source>LayerNorm after each sub-layer</source>
            <translation>LayerNorm after each sub-layer</translation>
        </message>
        <message>
            <source>learned</source>
            <translation>learned</translation>
        </message>
        <message>
            <source>sinusoidal</source>
            <translation>sinusoidal</translation>
        </message>
        <message>
            <source>the mean of its tokens</source>
            <translation>the mean of its tokens</translation>
        </message>
        <message>
            <source>unknown model '%1' (expected base, advanced, fasttext, cnn, nbsvm or transformer)</source>
            <translation>unknown model '%1' (expected base, advanced, fasttext, cnn, nbsvm or transformer)</translation>
        </message>
        <message>
            <source>unknown positions '%1' (expected learned or sinusoidal)</source>
            <translation>unknown positions '%1' (expected learned or sinusoidal)</translation>
        </message>
        <message>
            <source>unknown pooling '%1' (expected cls or mean)</source>
            <translation>unknown pooling '%1' (expected cls or mean)</translation>
        </message>
        <message>
            <source>unknown norm '%1' (pre or post)</source>
            <translation>unknown norm '%1' (pre or post)</translation>
        </message>
        <message>
            <source>Positions (learned)</source>
            <translation>Positions (learned)</translation>
        </message>
        <message>
            <source>[CLS] vector</source>
            <translation>[CLS] vector</translation>
        </message>
        <message>
            <source>Encoder layer %1, attention</source>
            <translation>Encoder layer %1, attention</translation>
        </message>
        <message>
            <source>Encoder layer %1, feed-forward</source>
            <translation>Encoder layer %1, feed-forward</translation>
        </message>
        <message>
            <source>Encoder layer %1, two LayerNorms</source>
            <translation>Encoder layer %1, two LayerNorms</translation>
        </message>
        <message>
            <source>Final LayerNorm</source>
            <translation>Final LayerNorm</translation>
        </message>
        <message>
            <source>a Transformer needs a maximum length (--max-length): its attention's memory grows with the square of the length</source>
            <translation>a Transformer needs a maximum length (--max-length): its attention's memory grows with the square of the length</translation>
        </message>
        <message>
            <source>Training in bfloat16: the recurrent or encoder layers' matrix products in bf16 with float sums; weights, gradients and Adam's state in float</source>
            <translation>Training in bfloat16: the recurrent or encoder layers' matrix products in bf16 with float sums; weights, gradients and Adam's state in float</translation>
        </message>
        <message>
            <source>Training in float32: bf16 training needs a CPU with AVX-512 BF16 or AMX and a recurrent model on padded input or a Transformer</source>
            <translation>Training in float32: bf16 training needs a CPU with AVX-512 BF16 or AMX and a recurrent model on padded input or a Transformer</translation>
        </message>
        <message>
            <source>is not a safetensors file: %1 bytes, too short for its header length</source>
            <translation>is not a safetensors file: %1 bytes, too short for its header length</translation>
        </message>
        <message>
            <source>its header says it is %1 bytes long, more than the format allows (100 MB): the file is damaged or not safetensors</source>
            <translation>its header says it is %1 bytes long, more than the format allows (100 MB): the file is damaged or not safetensors</translation>
        </message>
        <message>
            <source>is truncated: its header says %1 bytes, but only %2 follow</source>
            <translation>is truncated: its header says %1 bytes, but only %2 follow</translation>
        </message>
        <message>
            <source>its header is not a JSON object (damaged, or not safetensors)</source>
            <translation>its header is not a JSON object (damaged, or not safetensors)</translation>
        </message>
        <message>
            <source>its __metadata__ is not an object of strings</source>
            <translation>its __metadata__ is not an object of strings</translation>
        </message>
        <message>
            <source>tensor '%1' in its header lacks a dtype, a shape or two data offsets</source>
            <translation>tensor '%1' in its header lacks a dtype, a shape or two data offsets</translation>
        </message>
        <message>
            <source>tensor '%1' has the unknown dtype '%2'</source>
            <translation>tensor '%1' has the unknown dtype '%2'</translation>
        </message>
        <message>
            <source>tensor '%1' has a shape that is not whole numbers</source>
            <translation>tensor '%1' has a shape that is not whole numbers</translation>
        </message>
        <message>
            <source>tensor '%1' lies outside the file's %2 bytes of data (damaged or truncated)</source>
            <translation>tensor '%1' lies outside the file's %2 bytes of data (damaged or truncated)</translation>
        </message>
        <message>
            <source>tensor '%1': its shape needs %2 bytes of %3, its offsets give %4</source>
            <translation>tensor '%1': its shape needs %2 bytes of %3, its offsets give %4</translation>
        </message>
        <message>
            <source>tensor '%1' starts at byte %2 of the data, where %3 was expected: the offsets overlap or leave a hole</source>
            <translation>tensor '%1' starts at byte %2 of the data, where %3 was expected: the offsets overlap or leave a hole</translation>
        </message>
        <message>
            <source>its tensors cover %1 of its %2 bytes of data (damaged, or bytes appended)</source>
            <translation>its tensors cover %1 of its %2 bytes of data (damaged, or bytes appended)</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::AttentionPanel</name>
        <message>
            <source>Heat map</source>
            <translation>Heat map</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>Attention of</source>
            <translation>Attention of</translation>
        </message>
        <message>
            <source>as</source>
            <translation>as</translation>
        </message>
        <message>
            <source>layer %1</source>
            <translation>layer %1</translation>
        </message>
        <message>
            <source>all layers (rollout)</source>
            <translation>all layers (rollout)</translation>
        </message>
        <message>
            <source>mean of the heads</source>
            <translation>mean of the heads</translation>
        </message>
        <message>
            <source>head %1</source>
            <translation>head %1</translation>
        </message>
        <message>
            <source>reads this token</source>
            <translation>reads this token</translation>
        </message>
        <message>
            <source>token</source>
            <translation>token</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Read most by the classifier&lt;/b&gt; (attention rollout over %n layer(s)): %1.</source>
            <translation>
                <numerusform>&lt;b&gt;Read most by the classifier&lt;/b&gt; (attention rollout over %n layer): %1.</numerusform>
                <numerusform>&lt;b&gt;Read most by the classifier&lt;/b&gt; (attention rollout over %n layers): %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Move the verdict most&lt;/b&gt; (occlusion): %1. Rank correlation of the two over the %2 tokens: %3.</source>
            <translation>&lt;b&gt;Move the verdict most&lt;/b&gt; (occlusion): %1. Rank correlation of the two over the %2 tokens: %3.</translation>
        </message>
        <message>
            <source>Attention is not an explanation by itself: it shows where the model looks, not what decides. A token can be read much and change nothing, or little and decide the verdict; compare with the importance colours above.</source>
            <translation>Attention is not an explanation by itself: it shows where the model looks, not what decides. A token can be read much and change nothing, or little and decide the verdict; compare with the importance colours above.</translation>
        </message>
        <message>
            <source>click a token on the left: its lines alone</source>
            <translation>click a token on the left: its lines alone</translation>
        </message>
        <message>
            <source>click it again: every token's lines</source>
            <translation>click it again: every token's lines</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::ComparisonCurves</name>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>accuracy (%)</source>
            <translation>accuracy (%)</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::DataPage</name>
        <message>
            <source>No dataset loaded</source>
            <translation>No dataset loaded</translation>
        </message>
        <message>
            <source>Open folder…</source>
            <translation>Open folder…</translation>
        </message>
        <message>
            <source>Use demo sample</source>
            <translation>Use demo sample</translation>
        </message>
        <message>
            <source>Download IMDb…</source>
            <translation>Download IMDb…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Negative</source>
            <translation>Negative</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positive</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>Train</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation>Validation</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>Count in train</source>
            <translation>Count in train</translation>
        </message>
        <message>
            <source>tokens per review</source>
            <translation>tokens per review</translation>
        </message>
        <message>
            <source>reviews</source>
            <translation>reviews</translation>
        </message>
        <message>
            <source>Reviews per split (seeded 70/30 train/validation split)</source>
            <translation>Reviews per split (seeded 70/30 train/validation split)</translation>
        </message>
        <message>
            <source>Review lengths</source>
            <translation>Review lengths</translation>
        </message>
        <message>
            <source>Most common tokens</source>
            <translation>Most common tokens</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Reviews</translation>
        </message>
        <message>
            <source>Word vectors</source>
            <translation>Word vectors</translation>
        </message>
        <message>
            <source>Loading %1…</source>
            <translation>Loading %1…</translation>
        </message>
        <message>
            <source>Demo sample (3,000 real IMDb reviews)</source>
            <translation>Demo sample (3,000 real IMDb reviews)</translation>
        </message>
        <message>
            <source>Vocabulary: %1 entries · %2 tokens · padding %3 % with bucketing (random batches: %4 %) · loaded in %5 s%6</source>
            <translation>Vocabulary: %1 entries · %2 tokens · padding %3 % with bucketing (random batches: %4 %) · loaded in %5 s%6</translation>
        </message>
        <message>
            <source> (from cache)</source>
            <translation> (from cache)</translation>
        </message>
        <message>
            <source>Median %1 tokens, longest %2; the last bar counts every review of %3 tokens or more</source>
            <translation>Median %1 tokens, longest %2; the last bar counts every review of %3 tokens or more</translation>
        </message>
        <message>
            <source>Train split: median %1 tokens, longest %2</source>
            <translation>Train split: median %1 tokens, longest %2</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s): %1</source>
            <translation>
                <numerusform>%n warning: %1</numerusform>
                <numerusform>%n warnings: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not load the dataset:</source>
            <translation>Could not load the dataset:</translation>
        </message>
        <message>
            <source>Reading reviews</source>
            <translation>Reading reviews</translation>
        </message>
        <message>
            <source>Tokenizing</source>
            <translation>Tokenizing</translation>
        </message>
        <message>
            <source>Building the vocabulary</source>
            <translation>Building the vocabulary</translation>
        </message>
        <message>
            <source>Reading the cache</source>
            <translation>Reading the cache</translation>
        </message>
        <message>
            <source>Reading word vectors</source>
            <translation>Reading word vectors</translation>
        </message>
        <message>
            <source>Open a dataset</source>
            <translation>Open a dataset</translation>
        </message>
        <message>
            <source>IMDb archive (*.tar.gz *.tgz *.tar *.zip);;Labelled texts: CSV, TSV, NSMC's .txt, JSON Lines (*.csv *.tsv *.txt *.jsonl *.ndjson *.gz);;All files (*)</source>
            <translation>IMDb archive (*.tar.gz *.tgz *.tar *.zip);;Labelled texts: CSV, TSV, NSMC's .txt, JSON Lines (*.csv *.tsv *.txt *.jsonl *.ndjson *.gz);;All files (*)</translation>
        </message>
        <message>
            <source>Open dataset…</source>
            <translation>Open dataset…</translation>
        </message>
        <message>
            <source>aclImdb_v1.tar.gz as downloaded, or your own labelled texts: CSV, TSV, NSMC's .txt, JSON Lines</source>
            <translation>aclImdb_v1.tar.gz as downloaded, or your own labelled texts: CSV, TSV, NSMC's .txt, JSON Lines</translation>
        </message>
        <message>
            <source>Most letters are %1 (%2 %): the Unicode tokenizer splits them by their own word boundaries. Choose it on the Model page (Tokenizer › Unicode words). With FastText or NBSVM, character n-grams help too where words carry particles or endings (Character n-grams: 3).</source>
            <translation>Most letters are %1 (%2 %): the Unicode tokenizer splits them by their own word boundaries. Choose it on the Model page (Tokenizer › Unicode words). With FastText or NBSVM, character n-grams help too where words carry particles or endings (Character n-grams: 3).</translation>
        </message>
        <message>
            <source>The extracted aclImdb folder, or a folder with one sub-folder per class (one text per file; train/ and test/ above them optional)</source>
            <translation>The extracted aclImdb folder, or a folder with one sub-folder per class (one text per file; train/ and test/ above them optional)</translation>
        </message>
        <message>
            <source>Open aclImdb or a folder of class folders</source>
            <translation>Open aclImdb or a folder of class folders</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::DatasetController</name>
        <message>
            <source>Loading %1 failed: %2</source>
            <translation>Loading %1 failed: %2</translation>
        </message>
        <message>
            <source>Loading failed: %1</source>
            <translation>Loading failed: %1</translation>
        </message>
        <message>
            <source>Loading %1</source>
            <translation>Loading %1</translation>
        </message>
        <message>
            <source>Loaded %1: vocabulary %2, %3 s (from the cache)</source>
            <translation>Loaded %1: vocabulary %2, %3 s (from the cache)</translation>
        </message>
        <message>
            <source>Loaded %1: vocabulary %2, %3 s</source>
            <translation>Loaded %1: vocabulary %2, %3 s</translation>
        </message>
        <message>
            <source>Vectors %1: %2 words of %3 dimensions, %4 % of the vocabulary found</source>
            <translation>Vectors %1: %2 words of %3 dimensions, %4 % of the vocabulary found</translation>
        </message>
        <message>
            <source>Loading vectors %1</source>
            <translation>Loading vectors %1</translation>
        </message>
        <message>
            <source>the demo sample</source>
            <translation>the demo sample</translation>
        </message>
        <message>
            <source>open %1 on the Data page</source>
            <translation>open %1 on the Data page</translation>
        </message>
        <message>
            <source>it trains on %1: open it on the Data page</source>
            <translation>it trains on %1: open it on the Data page</translation>
        </message>
        <message>
            <source>it starts from the vectors %1: open them on the Data page</source>
            <translation>it starts from the vectors %1: open them on the Data page</translation>
        </message>
        <message>
            <source>it reads %1 with other columns, labels or split: open it again on the Data page</source>
            <translation>it reads %1 with other columns, labels or split: open it again on the Data page</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::DifferencesTable</name>
        <message>
            <source>Setting</source>
            <translation>Setting</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::DownloadBar</name>
        <message>
            <source>Downloads %1 (%2) from %3 — only when you click</source>
            <translation>Downloads %1 (%2) from %3 — only when you click</translation>
        </message>
        <message>
            <source>Cancel download</source>
            <translation>Cancel download</translation>
        </message>
        <message>
            <source>Saved and checked: %1</source>
            <translation>Saved and checked: %1</translation>
        </message>
        <message>
            <source>Download %1</source>
            <translation>Download %1</translation>
        </message>
        <message>
            <source>connecting…</source>
            <translation>connecting…</translation>
        </message>
        <message>
            <source>checking %1 %</source>
            <translation>checking %1 %</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>%1:%2 left</source>
            <translation>%1:%2 left</translation>
        </message>
        <message>
            <source>Download %1 (%2) from %3 into %4?

Proxy: %5 (File &gt; Network proxy…)

An interrupted download resumes where it stopped. The file is checked against its published size and checksum while it arrives, and gets its name only when it passes.</source>
            <translation>Download %1 (%2) from %3 into %4?

Proxy: %5 (File &gt; Network proxy…)

An interrupted download resumes where it stopped. The file is checked against its published size and checksum while it arrives, and gets its name only when it passes.</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::EmbeddingPage</name>
        <message>
            <source>Words are points in the embedding: words used alike lie close together. Ask which words lie nearest to one (cosine similarity: 1 is the same direction, 0 unrelated), complete an analogy (king − man + woman ≈ queen), or see how training moved a word: its neighbours in GloVe beside its neighbours after a run trained on the reviews.</source>
            <translation>Words are points in the embedding: words used alike lie close together. Ask which words lie nearest to one (cosine similarity: 1 is the same direction, 0 unrelated), complete an analogy (king − man + woman ≈ queen), or see how training moved a word: its neighbours in GloVe beside its neighbours after a run trained on the reviews.</translation>
        </message>
        <message>
            <source>Word vectors (loaded on the Data page)</source>
            <translation>Word vectors (loaded on the Data page)</translation>
        </message>
        <message>
            <source>A run's trained embedding</source>
            <translation>A run's trained embedding</translation>
        </message>
        <message>
            <source>How training moved a word: GloVe beside the run</source>
            <translation>How training moved a word: GloVe beside the run</translation>
        </message>
        <message>
            <source>Nearest words to</source>
            <translation>Nearest words to</translation>
        </message>
        <message>
            <source>Analogy</source>
            <translation>Analogy</translation>
        </message>
        <message>
            <source>a word</source>
            <translation>a word</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>How many words:</source>
            <translation>How many words:</translation>
        </message>
        <message>
            <source>Search in:</source>
            <translation>Search in:</translation>
        </message>
        <message>
            <source>Run:</source>
            <translation>Run:</translation>
        </message>
        <message>
            <source>nearest-words</source>
            <translation>nearest-words</translation>
        </message>
        <message>
            <source>Loading run %1's embedding…</source>
            <translation>Loading run %1's embedding…</translation>
        </message>
        <message>
            <source>Run %1: %2</source>
            <translation>Run %1: %2</translation>
        </message>
        <message>
            <source>No word vectors are loaded: open GloVe on the Data page (glove.6B.100d.txt, or glove.6B.zip).</source>
            <translation>No word vectors are loaded: open GloVe on the Data page (glove.6B.100d.txt, or glove.6B.zip).</translation>
        </message>
        <message>
            <source>No completed run with a word embedding yet: train one on the Train page.</source>
            <translation>No completed run with a word embedding yet: train one on the Train page.</translation>
        </message>
        <message>
            <source>Choose a run whose embedding to search.</source>
            <translation>Choose a run whose embedding to search.</translation>
        </message>
        <message>
            <source> · from %1</source>
            <translation> · from %1</translation>
        </message>
        <message>
            <source>Type three words: a − b + c.</source>
            <translation>Type three words: a − b + c.</translation>
        </message>
        <message>
            <source>Type a word.</source>
            <translation>Type a word.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>run %1</source>
            <translation>run %1</translation>
        </message>
        <message>
            <source>In GloVe</source>
            <translation>In GloVe</translation>
        </message>
        <message>
            <source>In GloVe, among the run's words</source>
            <translation>In GloVe, among the run's words</translation>
        </message>
        <message>
            <source>Cosine</source>
            <translation>Cosine</translation>
        </message>
        <message>
            <source>After training (%1)</source>
            <translation>After training (%1)</translation>
        </message>
        <message>
            <source>In the trained embedding (%1)</source>
            <translation>In the trained embedding (%1)</translation>
        </message>
        <message>
            <source>In the word vectors</source>
            <translation>In the word vectors</translation>
        </message>
        <message>
            <source>New: not among the word's neighbours before training</source>
            <translation>New: not among the word's neighbours before training</translation>
        </message>
        <message>
            <source>How training moved %1: %2 of its %3 nearest words are still its neighbours (new ones in bold); its trained vector points %4 the way its GloVe vector did (cosine %5). %6 ms.</source>
            <translation>How training moved %1: %2 of its %3 nearest words are still its neighbours (new ones in bold); its trained vector points %4 the way its GloVe vector did (cosine %5). %6 ms.</translation>
        </message>
        <message>
            <source>almost exactly</source>
            <translation>almost exactly</translation>
        </message>
        <message>
            <source>mostly</source>
            <translation>mostly</translation>
        </message>
        <message>
            <source>only partly</source>
            <translation>only partly</translation>
        </message>
        <message>
            <source>The %1 words nearest to %2 (%3 ms).</source>
            <translation>The %1 words nearest to %2 (%3 ms).</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::EpochTable</name>
        <message>
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>Epoch</translation>
        </message>
        <message>
            <source>Train Loss</source>
            <translation>Train Loss</translation>
        </message>
        <message>
            <source>Train Acc</source>
            <translation>Train Acc</translation>
        </message>
        <message>
            <source>Val. Loss</source>
            <translation>Val. Loss</translation>
        </message>
        <message>
            <source>Val. Acc</source>
            <translation>Val. Acc</translation>
        </message>
        <message>
            <source>Epoch Time</source>
            <translation>Epoch Time</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Test Loss: %1 | Test Acc: %2</source>
            <translation>Test Loss: %1 | Test Acc: %2</translation>
        </message>
        <message>
            <source>Val. Macro-F1</source>
            <translation>Val. Macro-F1</translation>
        </message>
        <message>
            <source> | Test Macro-F1: %1</source>
            <translation> | Test Macro-F1: %1</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::ErrorAnalysisPanel</name>
        <message>
            <source>positive</source>
            <translation>positive</translation>
        </message>
        <message>
            <source>negative</source>
            <translation>negative</translation>
        </message>
        <message>
            <source>Score the test set now</source>
            <translation>Score the test set now</translation>
        </message>
        <message>
            <source>Score every test review of the loaded dataset with this run's model and keep the predictions with the run</source>
            <translation>Score every test review of the loaded dataset with this run's model and keep the predictions with the run</translation>
        </message>
        <message>
            <source>called positive</source>
            <translation>called positive</translation>
        </message>
        <message>
            <source>called negative</source>
            <translation>called negative</translation>
        </message>
        <message>
            <source>Rows: what the review is; columns: what the model called it. Each cell: reviews, and their share of the row</source>
            <translation>Rows: what the review is; columns: what the model called it. Each cell: reviews, and their share of the row</translation>
        </message>
        <message>
            <source>review length (tokens)</source>
            <translation>review length (tokens)</translation>
        </message>
        <message>
            <source>accuracy (%)</source>
            <translation>accuracy (%)</translation>
        </message>
        <message>
            <source>Sure</source>
            <translation>Sure</translation>
        </message>
        <message>
            <source>Called</source>
            <translation>Called</translation>
        </message>
        <message>
            <source>Is</source>
            <translation>Is</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Tokens</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>The reviews the model got wrong, the ones it was surest of first. Double-click one to see it on the Predict page with its word importance.</source>
            <translation>The reviews the model got wrong, the ones it was surest of first. Double-click one to see it on the Predict page with its word importance.</translation>
        </message>
        <message>
            <source>Open on the Predict page</source>
            <translation>Open on the Predict page</translation>
        </message>
        <message>
            <source>Mistakes, the surest first:</source>
            <translation>Mistakes, the surest first:</translation>
        </message>
        <message>
            <source>Select one run with a test result to see where its model is wrong.</source>
            <translation>Select one run with a test result to see where its model is wrong.</translation>
        </message>
        <message>
            <source>Scoring the test set: %1 of %2 reviews…</source>
            <translation>Scoring the test set: %1 of %2 reviews…</translation>
        </message>
        <message>
            <source>Run %1 was recorded without its test predictions. Score its test set with the loaded dataset to see where it is wrong (a few minutes for IMDb).</source>
            <translation>Run %1 was recorded without its test predictions. Score its test set with the loaded dataset to see where it is wrong (a few minutes for IMDb).</translation>
        </message>
        <message>
            <source>Run %1 was recorded without its test predictions. Load its dataset on the Data page to score them.</source>
            <translation>Run %1 was recorded without its test predictions. Load its dataset on the Data page to score them.</translation>
        </message>
        <message>
            <source>%1: %2 test reviews, %3 right; of the reviews called positive, %4 are (precision).</source>
            <translation>%1: %2 test reviews, %3 right; of the reviews called positive, %4 are (precision).</translation>
        </message>
        <message>
            <source>positive (%1)</source>
            <translation>positive (%1)</translation>
        </message>
        <message>
            <source>negative (%1)</source>
            <translation>negative (%1)</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>accuracy</translation>
        </message>
        <message>
            <source>, rated %1/10</source>
            <translation>, rated %1/10</translation>
        </message>
        <message>
            <source>A test review the model got wrong (%1): it is %2%3; the model was %4 sure it is %5.</source>
            <translation>A test review the model got wrong (%1): it is %2%3; the model was %4 sure it is %5.</translation>
        </message>
        <message>
            <source>Scored alone here, this model's figure differs a little from the test pass, which read the review padded in a batch.</source>
            <translation>Scored alone here, this model's figure differs a little from the test pass, which read the review padded in a batch.</translation>
        </message>
        <message>
            <source>%1 called %2 (%3)</source>
            <translation>%1 called %2 (%3)</translation>
        </message>
        <message>
            <source>%1: %2 test reviews in %3 classes, %4 right; macro-F1 %5. Most confused: %6.</source>
            <translation>%1: %2 test reviews in %3 classes, %4 right; macro-F1 %5. Most confused: %6.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>called %1</source>
            <translation>called %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 reviews of %2 called %3</source>
            <translation>%1 reviews of %2 called %3</translation>
        </message>
        <message>
            <source>Rows: what the review is; columns: the class the model called it; each cell: its share of the row (hover for the count)</source>
            <translation>Rows: what the review is; columns: the class the model called it; each cell: its share of the row (hover for the count)</translation>
        </message>
        <message>
            <source>Mistakes of %1 called %2, the surest first (click the diagonal for all):</source>
            <translation>Mistakes of %1 called %2, the surest first (click the diagonal for all):</translation>
        </message>
        <message>
            <source>Mistakes, the surest first (click a cell of the matrix for one pair's):</source>
            <translation>Mistakes, the surest first (click a cell of the matrix for one pair's):</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::ExperimentChoice</name>
        <message>
            <source>Base RNN (lecture)</source>
            <translation>Base RNN (lecture)</translation>
        </message>
        <message>
            <source>Advanced BiLSTM (lecture)</source>
            <translation>Advanced BiLSTM (lecture)</translation>
        </message>
        <message>
            <source>FastText</source>
            <translation>FastText</translation>
        </message>
        <message>
            <source>CNN</source>
            <translation>CNN</translation>
        </message>
        <message>
            <source>NBSVM (linear baseline)</source>
            <translation>NBSVM (linear baseline)</translation>
        </message>
        <message>
            <source>Transformer encoder</source>
            <translation>Transformer encoder</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::GradientFlowPanel</name>
        <message>
            <source>Vanishing gradients: training changes a weight by how much the loss would change with it. For a word early in a review, that signal has to travel back through every later step of the recurrence, and a plain tanh RNN multiplies it by a factor below 1 at each step: after a few dozen steps almost nothing is left, so the model cannot learn from the start of a review, and the base RNN stays at chance. An LSTM's cell state adds instead of multiplying, so the gradient reaches far back. The chart shows, on a log scale, how much gradient (‖∂Loss/∂h_t‖) reaches the step t steps before the state the classifier reads.</source>
            <translation>Vanishing gradients: training changes a weight by how much the loss would change with it. For a word early in a review, that signal has to travel back through every later step of the recurrence, and a plain tanh RNN multiplies it by a factor below 1 at each step: after a few dozen steps almost nothing is left, so the model cannot learn from the start of a review, and the base RNN stays at chance. An LSTM's cell state adds instead of multiplying, so the gradient reaches far back. The chart shows, on a log scale, how much gradient (‖∂Loss/∂h_t‖) reaches the step t steps before the state the classifier reads.</translation>
        </message>
        <message>
            <source>Steps before the state the classifier reads</source>
            <translation>Steps before the state the classifier reads</translation>
        </message>
        <message>
            <source>run %1 (%2)</source>
            <translation>run %1 (%2)</translation>
        </message>
        <message>
            <source>%1, before training</source>
            <translation>%1, before training</translation>
        </message>
        <message>
            <source>%1, after epoch %2</source>
            <translation>%1, after epoch %2</translation>
        </message>
        <message>
            <source>; 50 steps back %1 of it arrives</source>
            <translation>; 50 steps back %1 of it arrives</translation>
        </message>
        <message>
            <source>%1: a thousandth of the gradient still reaches %2 steps back%3.</source>
            <translation>%1: a thousandth of the gradient still reaches %2 steps back%3.</translation>
        </message>
        <message>
            <source>Not measured for %1: tick "Measure the gradient flow" on the Model page (CLI: train --gradient-flow) and train again.</source>
            <translation>Not measured for %1: tick "Measure the gradient flow" on the Model page (CLI: train --gradient-flow) and train again.</translation>
        </message>
        <message>
            <source>Select runs to see how much gradient reaches each step.</source>
            <translation>Select runs to see how much gradient reaches each step.</translation>
        </message>
        <message>
            <source>‖∂Loss/∂h_t‖ (log scale)</source>
            <translation>‖∂Loss/∂h_t‖ (log scale)</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::LogDock</name>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::MainWindow</name>
        <message>
            <source>Sentiment Lab</source>
            <translation>Sentiment Lab</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Data</translation>
        </message>
        <message>
            <source>&amp;Model</source>
            <translation>&amp;Model</translation>
        </message>
        <message>
            <source>&amp;Train</source>
            <translation>&amp;Train</translation>
        </message>
        <message>
            <source>&amp;Runs</source>
            <translation>&amp;Runs</translation>
        </message>
        <message>
            <source>&amp;Predict</source>
            <translation>&amp;Predict</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Open IMDb &amp;folder…</source>
            <translation>Open IMDb &amp;folder…</translation>
        </message>
        <message>
            <source>Use &amp;demo sample</source>
            <translation>Use &amp;demo sample</translation>
        </message>
        <message>
            <source>Open word &amp;vectors…</source>
            <translation>Open word &amp;vectors…</translation>
        </message>
        <message>
            <source>Save screenshot of the &amp;window…</source>
            <translation>Save screenshot of the &amp;window…</translation>
        </message>
        <message>
            <source>Save screenshot of this &amp;page…</source>
            <translation>Save screenshot of this &amp;page…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Sentiment Lab</source>
            <translation>&amp;About Sentiment Lab</translation>
        </message>
        <message>
            <source>About Sentiment Lab</source>
            <translation>About Sentiment Lab</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sentiment Lab&lt;/b&gt; %1&lt;br&gt;Run, watch and explain the IMDb sentiment-analysis lecture's experiments.&lt;br&gt;IMDb: Maas et al., ACL 2011. GloVe: Pennington et al., EMNLP 2014.</source>
            <translation>&lt;b&gt;Sentiment Lab&lt;/b&gt; %1&lt;br&gt;Run, watch and explain the IMDb sentiment-analysis lecture's experiments.&lt;br&gt;IMDb: Maas et al., ACL 2011. GloVe: Pennington et al., EMNLP 2014.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Screenshot of this page…</source>
            <translation>Screenshot of this page…</translation>
        </message>
        <message>
            <source>Export this page's charts…</source>
            <translation>Export this page's charts…</translation>
        </message>
        <message>
            <source>Export the charts to a folder</source>
            <translation>Export the charts to a folder</translation>
        </message>
        <message>
            <source>%1 chart files written to %2</source>
            <translation>%1 chart files written to %2</translation>
        </message>
        <message>
            <source>No dataset</source>
            <translation>No dataset</translation>
        </message>
        <message>
            <source>Vectors: none</source>
            <translation>Vectors: none</translation>
        </message>
        <message>
            <source>Dataset: demo sample</source>
            <translation>Dataset: demo sample</translation>
        </message>
        <message>
            <source>Dataset: %1</source>
            <translation>Dataset: %1</translation>
        </message>
        <message>
            <source>Vectors: %1 (%2d, %3 % of the vocabulary)</source>
            <translation>Vectors: %1 (%2d, %3 % of the vocabulary)</translation>
        </message>
        <message>
            <source>Save screenshot</source>
            <translation>Save screenshot</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>%1 could not be written.</source>
            <translation>%1 could not be written.</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>Export charts</source>
            <translation>Export charts</translation>
        </message>
        <message>
            <source>Training is running</source>
            <translation>Training is running</translation>
        </message>
        <message>
            <source>Stop the run and quit? Its finished epochs are kept.</source>
            <translation>Stop the run and quit? Its finished epochs are kept.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The new language applies when Sentiment Lab starts again.</source>
            <translation>The new language applies when Sentiment Lab starts again.</translation>
        </message>
        <message>
            <source>Network &amp;proxy…</source>
            <translation>Network &amp;proxy…</translation>
        </message>
        <message>
            <source>The settings of run %1 are chosen; press Start to train it again</source>
            <translation>The settings of run %1 are chosen; press Start to train it again</translation>
        </message>
        <message>
            <source>Open course &amp;reference…</source>
            <translation>Open course &amp;reference…</translation>
        </message>
        <message>
            <source>Open a course reference</source>
            <translation>Open a course reference</translation>
        </message>
        <message>
            <source>Course reference (*.json);;All files (*)</source>
            <translation>Course reference (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Course reference not opened</source>
            <translation>Course reference not opened</translation>
        </message>
        <message>
            <source>%1

Runs are still read against: %2</source>
            <translation>%1

Runs are still read against: %2</translation>
        </message>
        <message>
            <source>Use the &amp;lecture's reference</source>
            <translation>Use the &amp;lecture's reference</translation>
        </message>
        <message>
            <source>Runs are read against: %1</source>
            <translation>Runs are read against: %1</translation>
        </message>
        <message>
            <source>Train the linear baseline</source>
            <translation>Train the linear baseline</translation>
        </message>
        <message>
            <source>Run %1 was trained on %2. Open that dataset on the Data page first, then train its baseline.</source>
            <translation>Run %1 was trained on %2. Open that dataset on the Data page first, then train its baseline.</translation>
        </message>
        <message>
            <source>Training the linear baseline for run %1</source>
            <translation>Training the linear baseline for run %1</translation>
        </message>
        <message>
            <source>&amp;Words</source>
            <translation>&amp;Words</translation>
        </message>
        <message numerus="yes">
            <source>Queued: %n run(s) waiting</source>
            <translation>
                <numerusform>Queued: %n run waiting</numerusform>
                <numerusform>Queued: %n runs waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>Run queue</source>
            <translation>Run queue</translation>
        </message>
        <message>
            <source>The queue keeps its other runs for the next start.</source>
            <translation>The queue keeps its other runs for the next start.</translation>
        </message>
        <message>
            <source>&amp;Import runs…</source>
            <translation>&amp;Import runs…</translation>
        </message>
        <message>
            <source>Import the runs of other run stores</source>
            <translation>Import the runs of other run stores</translation>
        </message>
        <message>
            <source>Run stores (*.sqlite *.db);;All files (*)</source>
            <translation>Run stores (*.sqlite *.db);;All files (*)</translation>
        </message>
        <message>
            <source>Importing runs…</source>
            <translation>Importing runs…</translation>
        </message>
        <message>
            <source>Runs imported</source>
            <translation>Runs imported</translation>
        </message>
        <message>
            <source>&amp;Open dataset…</source>
            <translation>&amp;Open dataset…</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::ModelController</name>
        <message>
            <source>This model cannot be built: %1</source>
            <translation>This model cannot be built: %1</translation>
        </message>
        <message>
            <source>Load a dataset first: the timing runs a few batches of it.</source>
            <translation>Load a dataset first: the timing runs a few batches of it.</translation>
        </message>
        <message>
            <source>The timing failed: %1</source>
            <translation>The timing failed: %1</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::ModelPage</name>
        <message>
            <source>one per core (%1)</source>
            <translation>one per core (%1)</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Preset:</source>
            <translation>Preset:</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Threads:</source>
            <translation>Threads:</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Tensor</source>
            <translation>Tensor</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Shape</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>Formula</translation>
        </message>
        <message>
            <source>Per layer, by formula (e: input size, h: hidden units, V: vocabulary):</source>
            <translation>Per layer, by formula (e: input size, h: hidden units, V: vocabulary):</translation>
        </message>
        <message>
            <source>Per tensor:</source>
            <translation>Per tensor:</translation>
        </message>
        <message>
            <source>Estimate time per epoch</source>
            <translation>Estimate time per epoch</translation>
        </message>
        <message>
            <source>Trains a few batches of the loaded dataset with these settings and extrapolates</source>
            <translation>Trains a few batches of the loaded dataset with these settings and extrapolates</translation>
        </message>
        <message>
            <source>Not measured yet.</source>
            <translation>Not measured yet.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Training a few batches…</source>
            <translation>Training a few batches…</translation>
        </message>
        <message>
            <source>Settings changed: measure again.</source>
            <translation>Settings changed: measure again.</translation>
        </message>
        <message>
            <source>Open word vectors on the Data page first</source>
            <translation>Open word vectors on the Data page first</translation>
        </message>
        <message>
            <source>Set by the word vectors (%1 dimensions)</source>
            <translation>Set by the word vectors (%1 dimensions)</translation>
        </message>
        <message>
            <source>The model has %1 trainable parameters%2</source>
            <translation>The model has %1 trainable parameters%2</translation>
        </message>
        <message>
            <source> (vocabulary of %1 entries)</source>
            <translation> (vocabulary of %1 entries)</translation>
        </message>
        <message>
            <source> (with a vocabulary of at most %1 entries; exact once built)</source>
            <translation> (with a vocabulary of at most %1 entries; exact once built)</translation>
        </message>
        <message>
            <source>with the lecture's 25,002-entry IMDb vocabulary: %1</source>
            <translation>with the lecture's 25,002-entry IMDb vocabulary: %1</translation>
        </message>
        <message>
            <source>About &lt;b&gt;%1&lt;/b&gt; per epoch (%2 for %3 epochs), from %4 timed batches at %5 tokens/s.</source>
            <translation>About &lt;b&gt;%1&lt;/b&gt; per epoch (%2 for %3 epochs), from %4 timed batches at %5 tokens/s.</translation>
        </message>
        <message>
            <source>That is more than 15 minutes an epoch. To go faster: keep the padded RNN input (packed sequences are about 27 times slower on a CPU), use fewer hidden units or one direction, or try the FastText preset (seconds per epoch, about as accurate).</source>
            <translation>That is more than 15 minutes an epoch. To go faster: keep the padded RNN input (packed sequences are about 27 times slower on a CPU), use fewer hidden units or one direction, or try the FastText preset (seconds per epoch, about as accurate).</translation>
        </message>
        <message>
            <source>auto (bfloat16 on this CPU)</source>
            <translation>auto (bfloat16 on this CPU)</translation>
        </message>
        <message>
            <source>auto (float32 on this CPU)</source>
            <translation>auto (float32 on this CPU)</translation>
        </message>
        <message>
            <source>bfloat16 (needs AVX-512 BF16 or AMX)</source>
            <translation>bfloat16 (needs AVX-512 BF16 or AMX)</translation>
        </message>
        <message>
            <source>bfloat16: the recurrent layers multiply in bf16 with float sums where the CPU has AVX-512 BF16 or AMX; weights, gradients and Adam's state stay float</source>
            <translation>bfloat16: the recurrent layers multiply in bf16 with float sums where the CPU has AVX-512 BF16 or AMX; weights, gradients and Adam's state stay float</translation>
        </message>
        <message>
            <source>The program, the dataset, the weights with their gradients and Adam's state, and what the largest micro-batch keeps for its backward pass</source>
            <translation>The program, the dataset, the weights with their gradients and Adam's state, and what the largest micro-batch keeps for its backward pass</translation>
        </message>
        <message>
            <source>Time and memory on this machine</source>
            <translation>Time and memory on this machine</translation>
        </message>
        <message>
            <source>Expected peak memory of a run: about &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>Expected peak memory of a run: about &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <source> (%1 free now)</source>
            <translation> (%1 free now)</translation>
        </message>
        <message>
            <source>More than the free memory: close other programs, or choose fewer hidden units or layers.</source>
            <translation>More than the free memory: close other programs, or choose fewer hidden units or layers.</translation>
        </message>
        <message>
            <source>Set once when Sentiment Lab starts (sentiment-lab --threads N)</source>
            <translation>Set once when Sentiment Lab starts (sentiment-lab --threads N)</translation>
        </message>
        <message>
            <source>NBSVM counts its features; it uses no word vectors</source>
            <translation>NBSVM counts its features; it uses no word vectors</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>Queued runs train one after another on the Train page while you use the rest of the window; the queue is kept when Sentiment Lab closes</source>
            <translation>Queued runs train one after another on the Train page while you use the rest of the window; the queue is kept when Sentiment Lab closes</translation>
        </message>
        <message>
            <source>Add to the queue</source>
            <translation>Add to the queue</translation>
        </message>
        <message>
            <source>Train these settings after the runs already queued</source>
            <translation>Train these settings after the runs already queued</translation>
        </message>
        <message>
            <source>Values separated by commas; each becomes one run of a sweep group</source>
            <translation>Values separated by commas; each becomes one run of a sweep group</translation>
        </message>
        <message>
            <source>Queue the sweep</source>
            <translation>Queue the sweep</translation>
        </message>
        <message>
            <source> seeds</source>
            <translation> seeds</translation>
        </message>
        <message>
            <source>new split each</source>
            <translation>new split each</translation>
        </message>
        <message>
            <source>Off: only the training changes (initialisation, shuffling, dropout); the split, the vocabulary and the vectors stay</source>
            <translation>Off: only the training changes (initialisation, shuffling, dropout); the split, the vocabulary and the vectors stay</translation>
        </message>
        <message>
            <source>Queue the seeds</source>
            <translation>Queue the seeds</translation>
        </message>
        <message>
            <source>Sweep:</source>
            <translation>Sweep:</translation>
        </message>
        <message>
            <source>Repeat:</source>
            <translation>Repeat:</translation>
        </message>
        <message>
            <source>Attention keeps a score for every pair of tokens: its memory grows with the square of the maximum length (%1 tokens now).</source>
            <translation>Attention keeps a score for every pair of tokens: its memory grows with the square of the maximum length (%1 tokens now).</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::PredictController</name>
        <message>
            <source>Prediction model: %1</source>
            <translation>Prediction model: %1</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::PredictPage</name>
        <message>
            <source>No trained model yet: train one on the Train page</source>
            <translation>No trained model yet: train one on the Train page</translation>
        </message>
        <message>
            <source>Try an example…</source>
            <translation>Try an example…</translation>
        </message>
        <message>
            <source>Type or paste a movie review…</source>
            <translation>Type or paste a movie review…</translation>
        </message>
        <message>
            <source>Explain: colour each token by how much it moves the verdict</source>
            <translation>Explain: colour each token by how much it moves the verdict</translation>
        </message>
        <message>
            <source>P(positive)</source>
            <translation>P(positive)</translation>
        </message>
        <message>
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <source>Save prediction</source>
            <translation>Save prediction</translation>
        </message>
        <message>
            <source>Keep this review and its verdict with the run in the run store</source>
            <translation>Keep this review and its verdict with the run in the run store</translation>
        </message>
        <message>
            <source>Model:</source>
            <translation>Model:</translation>
        </message>
        <message>
            <source>Tokens as the model sees them:</source>
            <translation>Tokens as the model sees them:</translation>
        </message>
        <message>
            <source>loading…</source>
            <translation>loading…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source> · test %1</source>
            <translation> · test %1</translation>
        </message>
        <message>
            <source>P(positive) = %1 %</source>
            <translation>P(positive) = %1 %</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Positive</translation>
        </message>
        <message>
            <source>Negative</source>
            <translation>Negative</translation>
        </message>
        <message>
            <source>%1 tokens · %2 ms</source>
            <translation>%1 tokens · %2 ms</translation>
        </message>
        <message>
            <source>%1 tokens · explained in %2 ms</source>
            <translation>%1 tokens · explained in %2 ms</translation>
        </message>
        <message>
            <source>the text is longer: only its first %1 tokens were scored</source>
            <translation>the text is longer: only its first %1 tokens were scored</translation>
        </message>
        <message>
            <source>&lt;span style='background:%1'&gt;&amp;nbsp;pushes to positive&amp;nbsp;&lt;/span&gt; &lt;span style='background:%2'&gt;&amp;nbsp;pushes to negative&amp;nbsp;&lt;/span&gt; &lt;u&gt;&lt;i&gt;underlined&lt;/i&gt;&lt;/u&gt;: not in the vocabulary (&amp;lt;unk&amp;gt;). Importance: how much P(positive) drops when the token is replaced by &amp;lt;unk&amp;gt;. Point at a token for its figure.</source>
            <translation>&lt;span style='background:%1'&gt;&amp;nbsp;pushes to positive&amp;nbsp;&lt;/span&gt; &lt;span style='background:%2'&gt;&amp;nbsp;pushes to negative&amp;nbsp;&lt;/span&gt; &lt;u&gt;&lt;i&gt;underlined&lt;/i&gt;&lt;/u&gt;: not in the vocabulary (&amp;lt;unk&amp;gt;). Importance: how much P(positive) drops when the token is replaced by &amp;lt;unk&amp;gt;. Point at a token for its figure.</translation>
        </message>
        <message>
            <source>Pushes to positive: without it P(positive) drops by %1 points</source>
            <translation>Pushes to positive: without it P(positive) drops by %1 points</translation>
        </message>
        <message>
            <source>Pushes to negative: without it P(positive) rises by %1 points</source>
            <translation>Pushes to negative: without it P(positive) rises by %1 points</translation>
        </message>
        <message>
            <source>(Run %1's model cannot be loaded: its checkpoint is missing.)</source>
            <translation>(Run %1's model cannot be loaded: its checkpoint is missing.)</translation>
        </message>
        <message>
            <source>&lt;span style='background:%1'&gt;&amp;nbsp;pushes to positive&amp;nbsp;&lt;/span&gt; &lt;span style='background:%2'&gt;&amp;nbsp;pushes to negative&amp;nbsp;&lt;/span&gt; &lt;u&gt;&lt;i&gt;underlined&lt;/i&gt;&lt;/u&gt;: not in the vocabulary. Exact: each token's share of its words' and n-grams' weight × log-count ratio; the shares and the bias add up to the logit. Point at a token for its figure.</source>
            <translation>&lt;span style='background:%1'&gt;&amp;nbsp;pushes to positive&amp;nbsp;&lt;/span&gt; &lt;span style='background:%2'&gt;&amp;nbsp;pushes to negative&amp;nbsp;&lt;/span&gt; &lt;u&gt;&lt;i&gt;underlined&lt;/i&gt;&lt;/u&gt;: not in the vocabulary. Exact: each token's share of its words' and n-grams' weight × log-count ratio; the shares and the bias add up to the logit. Point at a token for its figure.</translation>
        </message>
        <message>
            <source>Explain: colour each token by its exact share of the verdict</source>
            <translation>Explain: colour each token by its exact share of the verdict</translation>
        </message>
        <message>
            <source>Pushes to positive: adds %1 to the logit</source>
            <translation>Pushes to positive: adds %1 to the logit</translation>
        </message>
        <message>
            <source>Pushes to negative: takes %1 from the logit</source>
            <translation>Pushes to negative: takes %1 from the logit</translation>
        </message>
        <message>
            <source>towards positive</source>
            <translation>towards positive</translation>
        </message>
        <message>
            <source>towards negative</source>
            <translation>towards negative</translation>
        </message>
        <message>
            <source>Exactly why</source>
            <translation>Exactly why</translation>
        </message>
        <message>
            <source>logit %1 = bias %2 + the contributions of this review's %3 distinct words and n-grams, each its weight × log-count ratio</source>
            <translation>logit %1 = bias %2 + the contributions of this review's %3 distinct words and n-grams, each its weight × log-count ratio</translation>
        </message>
        <message>
            <source>The model's strongest n-grams</source>
            <translation>The model's strongest n-grams</translation>
        </message>
        <message>
            <source>What each adds to the logit wherever it occurs (once per review)</source>
            <translation>What each adds to the logit wherever it occurs (once per review)</translation>
        </message>
        <message>
            <source>P(%1) = %2 %</source>
            <translation>P(%1) = %2 %</translation>
        </message>
        <message>
            <source>Pushes towards %1: adds %2 to its logit</source>
            <translation>Pushes towards %1: adds %2 to its logit</translation>
        </message>
        <message>
            <source>Pushes away from %1: takes %2 from its logit</source>
            <translation>Pushes away from %1: takes %2 from its logit</translation>
        </message>
        <message>
            <source>Pushes towards %1: without it P(%1) drops by %2 points</source>
            <translation>Pushes towards %1: without it P(%1) drops by %2 points</translation>
        </message>
        <message>
            <source>Pushes away from %1: without it P(%1) rises by %2 points</source>
            <translation>Pushes away from %1: without it P(%1) rises by %2 points</translation>
        </message>
        <message>
            <source>&lt;span style='background:%1'&gt;&amp;nbsp;pushes towards %3&amp;nbsp;&lt;/span&gt; &lt;span style='background:%2'&gt;&amp;nbsp;pushes away from %3&amp;nbsp;&lt;/span&gt; &lt;u&gt;&lt;i&gt;underlined&lt;/i&gt;&lt;/u&gt;: not in the vocabulary. Each class has its own logit; the colours explain the logit of the class called. Point at a token for its figure.</source>
            <translation>&lt;span style='background:%1'&gt;&amp;nbsp;pushes towards %3&amp;nbsp;&lt;/span&gt; &lt;span style='background:%2'&gt;&amp;nbsp;pushes away from %3&amp;nbsp;&lt;/span&gt; &lt;u&gt;&lt;i&gt;underlined&lt;/i&gt;&lt;/u&gt;: not in the vocabulary. Each class has its own logit; the colours explain the logit of the class called. Point at a token for its figure.</translation>
        </message>
        <message>
            <source>towards %1</source>
            <translation>towards %1</translation>
        </message>
        <message>
            <source>away from %1</source>
            <translation>away from %1</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::ProxyChoice</name>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>none (system settings)</source>
            <translation>none (system settings)</translation>
        </message>
        <message>
            <source>%1 (system settings)</source>
            <translation>%1 (system settings)</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::ProxyDialog</name>
        <message>
            <source>Network proxy</source>
            <translation>Network proxy</translation>
        </message>
        <message>
            <source>Downloads of IMDb and GloVe go through this proxy. Nothing is downloaded unless you ask.</source>
            <translation>Downloads of IMDb and GloVe go through this proxy. Nothing is downloaded unless you ask.</translation>
        </message>
        <message>
            <source>Use the system's proxy settings</source>
            <translation>Use the system's proxy settings</translation>
        </message>
        <message>
            <source>No proxy</source>
            <translation>No proxy</translation>
        </message>
        <message>
            <source>This proxy:</source>
            <translation>This proxy:</translation>
        </message>
        <message>
            <source>http://proxy.example.edu:3128</source>
            <translation>http://proxy.example.edu:3128</translation>
        </message>
        <message>
            <source>Write the proxy as an address: http://host:port or socks5h://host:port.</source>
            <translation>Write the proxy as an address: http://host:port or socks5h://host:port.</translation>
        </message>
        <message>
            <source>For https://ai.stanford.edu: %1</source>
            <translation>For https://ai.stanford.edu: %1</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::QueueController</name>
        <message>
            <source>Paused: run %1 was stopped. Continue it from the Runs page, or resume the queue.</source>
            <translation>Paused: run %1 was stopped. Continue it from the Runs page, or resume the queue.</translation>
        </message>
        <message>
            <source>Queued run failed (%1); the queue goes on with the next one</source>
            <translation>Queued run failed (%1); the queue goes on with the next one</translation>
        </message>
        <message numerus="yes">
            <source>%n run(s) wait in the queue; %1 that was training when Sentiment Lab closed starts again from its beginning. Press Resume to go on.</source>
            <translation>
                <numerusform>%n run wait in the queue; %1 that was training when Sentiment Lab closed starts again from its beginning. Press Resume to go on.</numerusform>
                <numerusform>%n runs wait in the queue; %1 that was training when Sentiment Lab closed starts again from its beginning. Press Resume to go on.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n run(s) wait in the queue. Press Resume to go on.</source>
            <translation>
                <numerusform>%n run wait in the queue. Press Resume to go on.</numerusform>
                <numerusform>%n runs wait in the queue. Press Resume to go on.</numerusform>
            </translation>
        </message>
        <message>
            <source>The queue cannot be used: %1</source>
            <translation>The queue cannot be used: %1</translation>
        </message>
        <message>
            <source>Running the queue.</source>
            <translation>Running the queue.</translation>
        </message>
        <message>
            <source>Paused: the run training now finishes, then the queue waits.</source>
            <translation>Paused: the run training now finishes, then the queue waits.</translation>
        </message>
        <message>
            <source>Paused.</source>
            <translation>Paused.</translation>
        </message>
        <message>
            <source>The queue cannot be read: %1</source>
            <translation>The queue cannot be read: %1</translation>
        </message>
        <message>
            <source>The queue is done.</source>
            <translation>The queue is done.</translation>
        </message>
        <message>
            <source>Queue entry %1 cannot be trained: %2</source>
            <translation>Queue entry %1 cannot be trained: %2</translation>
        </message>
        <message>
            <source>Waiting: the next run, %1, cannot start: %2; then press Resume.</source>
            <translation>Waiting: the next run, %1, cannot start: %2; then press Resume.</translation>
        </message>
        <message>
            <source>Waiting: %1 could not start.</source>
            <translation>Waiting: %1 could not start.</translation>
        </message>
        <message>
            <source>Training %1 (%2 more waiting).</source>
            <translation>Training %1 (%2 more waiting).</translation>
        </message>
        <message>
            <source>The queue's entry %1 could not be updated: %2</source>
            <translation>The queue's entry %1 could not be updated: %2</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::QueuePanel</name>
        <message>
            <source>waiting</source>
            <translation>waiting</translation>
        </message>
        <message>
            <source>training</source>
            <translation>training</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>Run queue</source>
            <translation>Run queue</translation>
        </message>
        <message>
            <source>Queued run</source>
            <translation>Queued run</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Take the selected run out of the queue (the run training now stays)</source>
            <translation>Take the selected run out of the queue (the run training now stays)</translation>
        </message>
        <message>
            <source>Clear finished</source>
            <translation>Clear finished</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Start the queue</source>
            <translation>Start the queue</translation>
        </message>
        <message>
            <source>Nothing queued: add runs from the Model page, or repeat a run with more seeds from the Runs page.</source>
            <translation>Nothing queued: add runs from the Model page, or repeat a run with more seeds from the Runs page.</translation>
        </message>
        <message numerus="yes">
            <source>%n run(s) waiting.</source>
            <translation>
                <numerusform>%n run waiting.</numerusform>
                <numerusform>%n runs waiting.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::ReviewBrowser</name>
        <message>
            <source>Train</source>
            <translation>Train</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation>Validation</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Random</source>
            <translation>Random</translation>
        </message>
        <message>
            <source>Split:</source>
            <translation>Split:</translation>
        </message>
        <message>
            <source>Review:</source>
            <translation>Review:</translation>
        </message>
        <message>
            <source>Raw text</source>
            <translation>Raw text</translation>
        </message>
        <message>
            <source>Tokens (&lt;span style='background:#ffc9c9'&gt;marked&lt;/span&gt; = not in the vocabulary, becomes &amp;lt;unk&amp;gt;)</source>
            <translation>Tokens (&lt;span style='background:#ffc9c9'&gt;marked&lt;/span&gt; = not in the vocabulary, becomes &amp;lt;unk&amp;gt;)</translation>
        </message>
        <message>
            <source>%1 · %2 tokens · %3 not in the vocabulary</source>
            <translation>%1 · %2 tokens · %3 not in the vocabulary</translation>
        </message>
        <message>
            <source>positive</source>
            <translation>positive</translation>
        </message>
        <message>
            <source>negative</source>
            <translation>negative</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::RunsController</name>
        <message>
            <source>The run store failed: %1</source>
            <translation>The run store failed: %1</translation>
        </message>
        <message>
            <source>%1: not imported. %2</source>
            <translation>%1: not imported. %2</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n run(s) imported</source>
            <translation>
                <numerusform>%1: %n run imported</numerusform>
                <numerusform>%1: %n runs imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n already here</source>
            <translation>
                <numerusform>, %n already here</numerusform>
                <numerusform>, %n already here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n still running there (import again when it ends)</source>
            <translation>
                <numerusform>, %n still running there (import again when it ends)</numerusform>
                <numerusform>, %n still running there (import again when it ends)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n checkpoint(s) copied</source>
            <translation>
                <numerusform>; %n checkpoint copied</numerusform>
                <numerusform>; %n checkpoints copied</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n not found (copy them beside the store, into a folder named checkpoints)</source>
            <translation>
                <numerusform>, %n not found (copy them beside the store, into a folder named checkpoints)</numerusform>
                <numerusform>, %n not found (copy them beside the store, into a folder named checkpoints)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::RunsPage</name>
        <message>
            <source>Filter by name, preset, status, tag…</source>
            <translation>Filter by name, preset, status, tag…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Notes…</source>
            <translation>Notes…</translation>
        </message>
        <message>
            <source>Tags…</source>
            <translation>Tags…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Assignment report…</source>
            <translation>Assignment report…</translation>
        </message>
        <message>
            <source>validation</source>
            <translation>validation</translation>
        </message>
        <message>
            <source>training</source>
            <translation>training</translation>
        </message>
        <message>
            <source>Select runs (Ctrl/Shift-click for several) to overlay their curves and compare their settings.</source>
            <translation>Select runs (Ctrl/Shift-click for several) to overlay their curves and compare their settings.</translation>
        </message>
        <message>
            <source>Curves of the</source>
            <translation>Curves of the</translation>
        </message>
        <message>
            <source>split</source>
            <translation>split</translation>
        </message>
        <message>
            <source>Per-epoch results</source>
            <translation>Per-epoch results</translation>
        </message>
        <message>
            <source>Settings that differ</source>
            <translation>Settings that differ</translation>
        </message>
        <message>
            <source>Save the assignment report</source>
            <translation>Save the assignment report</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Report written to %1</translation>
        </message>
        <message>
            <source>Rename run</source>
            <translation>Rename run</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Notes on this run:</source>
            <translation>Notes on this run:</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Tags, separated by commas:</source>
            <translation>Tags, separated by commas:</translation>
        </message>
        <message>
            <source>Delete runs</source>
            <translation>Delete runs</translation>
        </message>
        <message>
            <source>Delete the %1 selected run(s) with their epochs, curves and predictions? This cannot be undone.</source>
            <translation>Delete the %1 selected run(s) with their epochs, curves and predictions? This cannot be undone.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Also delete their checkpoint files</source>
            <translation>Also delete their checkpoint files</translation>
        </message>
        <message>
            <source>Train again…</source>
            <translation>Train again…</translation>
        </message>
        <message>
            <source>Train a new run with the selected run's settings: the same preset, data choices, model, training and seed</source>
            <translation>Train a new run with the selected run's settings: the same preset, data choices, model, training and seed</translation>
        </message>
        <message>
            <source>Run %1 cannot be trained again: %2</source>
            <translation>Run %1 cannot be trained again: %2</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Train a stopped or interrupted run on from its last finished epoch, as if it had never stopped</source>
            <translation>Train a stopped or interrupted run on from its last finished epoch, as if it had never stopped</translation>
        </message>
        <message>
            <source>Run %1 cannot continue: %2</source>
            <translation>Run %1 cannot continue: %2</translation>
        </message>
        <message>
            <source>Where it is wrong</source>
            <translation>Where it is wrong</translation>
        </message>
        <message>
            <source>Reading run %1's test predictions…</source>
            <translation>Reading run %1's test predictions…</translation>
        </message>
        <message>
            <source>Select one run to see where its model is wrong.</source>
            <translation>Select one run to see where its model is wrong.</translation>
        </message>
        <message>
            <source>Select one run with a test result to see where its model is wrong.</source>
            <translation>Select one run with a test result to see where its model is wrong.</translation>
        </message>
        <message>
            <source>This run has no test result (it stopped, failed, or was trained without a test).</source>
            <translation>This run has no test result (it stopped, failed, or was trained without a test).</translation>
        </message>
        <message>
            <source>A PDF of the selected runs that follows the lecture's five assignments: settings in words, per-epoch tables, test results, charts, parameters per layer, the verdicts against the lecture, where the models are wrong and the environment</source>
            <translation>A PDF of the selected runs that follows the lecture's five assignments: settings in words, per-epoch tables, test results, charts, parameters per layer, the verdicts against the lecture, where the models are wrong and the environment</translation>
        </message>
        <message>
            <source>Train the linear baseline</source>
            <translation>Train the linear baseline</translation>
        </message>
        <message>
            <source>Train NBSVM (about a minute on a laptop) on the selected run's dataset and split, to read the run against the strongest simple model</source>
            <translation>Train NBSVM (about a minute on a laptop) on the selected run's dataset and split, to read the run against the strongest simple model</translation>
        </message>
        <message>
            <source>The baseline for run %1 cannot be trained: %2</source>
            <translation>The baseline for run %1 cannot be trained: %2</translation>
        </message>
        <message>
            <source>Gradient flow</source>
            <translation>Gradient flow</translation>
        </message>
        <message>
            <source>Keep only the best checkpoint</source>
            <translation>Keep only the best checkpoint</translation>
        </message>
        <message>
            <source>Delete the checkpoints of the group's other runs (their results stay): about 19 MB each for the advanced model</source>
            <translation>Delete the checkpoints of the group's other runs (their results stay): about 19 MB each for the advanced model</translation>
        </message>
        <message>
            <source>Delete the checkpoints of %1 run(s) of this group? Their results stay; they can no longer predict or continue.</source>
            <translation>Delete the checkpoints of %1 run(s) of this group? Their results stay; they can no longer predict or continue.</translation>
        </message>
        <message>
            <source>Checkpoint files: %1, %2 on disk</source>
            <translation>Checkpoint files: %1, %2 on disk</translation>
        </message>
        <message>
            <source>test accuracy (%)</source>
            <translation>test accuracy (%)</translation>
        </message>
        <message>
            <source>select the runs of one group (train --seeds, --sweep)</source>
            <translation>select the runs of one group (train --seeds, --sweep)</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Repeat with seeds…</source>
            <translation>Repeat with seeds…</translation>
        </message>
        <message>
            <source>Is a difference between two runs real, or the seed? Train this run's settings again with other seeds (queued) and read the group's mean ± sd</source>
            <translation>Is a difference between two runs real, or the seed? Train this run's settings again with other seeds (queued) and read the group's mean ± sd</translation>
        </message>
        <message>
            <source>Repeat run %1 with seeds</source>
            <translation>Repeat run %1 with seeds</translation>
        </message>
        <message>
            <source> seeds in all</source>
            <translation> seeds in all</translation>
        </message>
        <message>
            <source>Draw a new training/validation split for each seed</source>
            <translation>Draw a new training/validation split for each seed</translation>
        </message>
        <message>
            <source>Run %1 is the first seed; the others train one after another from the queue with the same settings, split, vocabulary and vectors (unless a new split is drawn). The Runs page then shows the group's mean ± standard deviation.</source>
            <translation>Run %1 is the first seed; the others train one after another from the queue with the same settings, split, vocabulary and vectors (unless a new split is drawn). The Runs page then shows the group's mean ± standard deviation.</translation>
        </message>
        <message>
            <source>Run %1 cannot be repeated: %2</source>
            <translation>Run %1 cannot be repeated: %2</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::RunsTableModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Preset</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Epochs</translation>
        </message>
        <message>
            <source>Best valid acc</source>
            <translation>Best valid acc</translation>
        </message>
        <message>
            <source>Test acc</source>
            <translation>Test acc</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Trained on %1 (%2)</source>
            <translation>Trained on %1 (%2)</translation>
        </message>
        <message>
            <source>Imported from %1 on %2</source>
            <translation>Imported from %1 on %2</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 on %2</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::SleepInhibitor</name>
        <message>
            <source>the desktop portal</source>
            <translation>the desktop portal</translation>
        </message>
        <message>
            <source>the screen saver service</source>
            <translation>the screen saver service</translation>
        </message>
        <message>
            <source>the login manager (logind)</source>
            <translation>the login manager (logind)</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>%1: no %2 bus</source>
            <translation>%1: no %2 bus</translation>
        </message>
        <message>
            <source>system</source>
            <translation>system</translation>
        </message>
        <message>
            <source>session</source>
            <translation>session</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::TableImportDialog</name>
        <message>
            <source>Open %1</source>
            <translation>Open %1</translation>
        </message>
        <message>
            <source>Found from the file</source>
            <translation>Found from the file</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Comma</source>
            <translation>Comma</translation>
        </message>
        <message>
            <source>Semicolon</source>
            <translation>Semicolon</translation>
        </message>
        <message>
            <source>Vertical bar</source>
            <translation>Vertical bar</translation>
        </message>
        <message>
            <source>Names the columns</source>
            <translation>Names the columns</translation>
        </message>
        <message>
            <source>Is a review like the others</source>
            <translation>Is a review like the others</translation>
        </message>
        <message>
            <source>A column saying "train" or "test" on each row</source>
            <translation>A column saying "train" or "test" on each row</translation>
        </message>
        <message>
            <source>Rows with the same value here (one movie's reviews) are kept on one side of the split, so that the test has only unseen groups</source>
            <translation>Rows with the same value here (one movie's reviews) are kept on one side of the split, so that the test has only unseen groups</translation>
        </message>
        <message>
            <source>each label is a class; e.g. 1-4=negative,9-10=positive</source>
            <translation>each label is a class; e.g. 1-4=negative,9-10=positive</translation>
        </message>
        <message>
            <source>Labels, or ranges of numbers, to classes: "1-4=negative,9-10=positive" keeps two classes and drops the labels it does not name; "pos=positive,neg=negative" renames them</source>
            <translation>Labels, or ranges of numbers, to classes: "1-4=negative,9-10=positive" keeps two classes and drops the labels it does not name; "pos=positive,neg=negative" renames them</translation>
        </message>
        <message>
            <source>none: held out from this file</source>
            <translation>none: held out from this file</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Of each class (or of the groups), chosen at random with a fixed seed: the same reviews every time</source>
            <translation>Of each class (or of the groups), chosen at random with a fixed seed: the same reviews every time</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Delimiter:</source>
            <translation>Delimiter:</translation>
        </message>
        <message>
            <source>The first row:</source>
            <translation>The first row:</translation>
        </message>
        <message>
            <source>Text column:</source>
            <translation>Text column:</translation>
        </message>
        <message>
            <source>Label column:</source>
            <translation>Label column:</translation>
        </message>
        <message>
            <source>Split column:</source>
            <translation>Split column:</translation>
        </message>
        <message>
            <source>Group column:</source>
            <translation>Group column:</translation>
        </message>
        <message>
            <source>Label map:</source>
            <translation>Label map:</translation>
        </message>
        <message>
            <source>Test file:</source>
            <translation>Test file:</translation>
        </message>
        <message>
            <source>Held out for the test:</source>
            <translation>Held out for the test:</translation>
        </message>
        <message>
            <source>The test reviews, in the same layout</source>
            <translation>The test reviews, in the same layout</translation>
        </message>
        <message>
            <source>Labelled texts (*.csv *.tsv *.txt *.jsonl *.ndjson *.gz);;All files (*)</source>
            <translation>Labelled texts (*.csv *.tsv *.txt *.jsonl *.ndjson *.gz);;All files (*)</translation>
        </message>
        <message numerus="yes">
            <source>JSON Lines, %n key(s) per line</source>
            <translation>
                <numerusform>JSON Lines, %n key per line</numerusform>
                <numerusform>JSON Lines, %n keys per line</numerusform>
            </translation>
        </message>
        <message>
            <source>tab-separated</source>
            <translation>tab-separated</translation>
        </message>
        <message>
            <source>comma-separated</source>
            <translation>comma-separated</translation>
        </message>
        <message>
            <source>semicolon-separated</source>
            <translation>semicolon-separated</translation>
        </message>
        <message>
            <source>separated by vertical bars</source>
            <translation>separated by vertical bars</translation>
        </message>
        <message numerus="yes">
            <source>%1, %n column(s), </source>
            <translation>
                <numerusform>%1, %n column, </numerusform>
                <numerusform>%1, %n columns, </numerusform>
            </translation>
        </message>
        <message>
            <source>the first row names them</source>
            <translation>the first row names them</translation>
        </message>
        <message>
            <source>no header row</source>
            <translation>no header row</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt;: %2. The first %n row(s):</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2. The first %n row:</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2. The first %n rows:</numerusform>
            </translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>(choose a column)</source>
            <translation>(choose a column)</translation>
        </message>
        <message>
            <source>column %1</source>
            <translation>column %1</translation>
        </message>
        <message>
            <source>%1 (text)</source>
            <translation>%1 (text)</translation>
        </message>
        <message>
            <source>%1 (label)</source>
            <translation>%1 (label)</translation>
        </message>
        <message>
            <source>%1 (split)</source>
            <translation>%1 (split)</translation>
        </message>
        <message>
            <source>%1 (group)</source>
            <translation>%1 (group)</translation>
        </message>
        <message>
            <source>&lt;s&gt;%1&lt;/s&gt; ×%2 dropped</source>
            <translation>&lt;s&gt;%1&lt;/s&gt; ×%2 dropped</translation>
        </message>
        <message>
            <source>%1 ×%2 → &lt;b&gt;%3&lt;/b&gt;</source>
            <translation>%1 ×%2 → &lt;b&gt;%3&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; ×%2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; ×%2</translation>
        </message>
        <message numerus="yes">
            <source>and %n more label(s)</source>
            <translation>
                <numerusform>and %n more label</numerusform>
                <numerusform>and %n more labels</numerusform>
            </translation>
        </message>
        <message>
            <source>Labels in these rows: %1.</source>
            <translation>Labels in these rows: %1.</translation>
        </message>
        <message numerus="yes">
            <source>Classes: %1 (%n class(es)).</source>
            <translation>
                <numerusform>Classes: %1 (%n class).</numerusform>
                <numerusform>Classes: %1 (%n classes).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The label map drops %n of these rows.</source>
            <translation>
                <numerusform>The label map drops %n of these rows.</numerusform>
                <numerusform>The label map drops %n of these rows.</numerusform>
            </translation>
        </message>
        <message>
            <source>More than 100 classes cannot be told apart: bin them with a label map.</source>
            <translation>More than 100 classes cannot be told apart: bin them with a label map.</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::TrainPage</name>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>Every setting of the model and its training is on the Model page</source>
            <translation>Every setting of the model and its training is on the Model page</translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <source>Train at most this many batches per epoch (for a quick look)</source>
            <translation>Train at most this many batches per epoch (for a quick look)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Batches per epoch:</source>
            <translation>Batches per epoch:</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Smoothing of the per-batch training loss (exponential moving average, debiased)</source>
            <translation>Smoothing of the per-batch training loss (exponential moving average, debiased)</translation>
        </message>
        <message>
            <source>Smoothing:</source>
            <translation>Smoothing:</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>train</source>
            <translation>train</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>valid</translation>
        </message>
        <message>
            <source>train, per batch (smoothed)</source>
            <translation>train, per batch (smoothed)</translation>
        </message>
        <message>
            <source>accuracy (%)</source>
            <translation>accuracy (%)</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>Epoch</translation>
        </message>
        <message>
            <source>Train Loss</source>
            <translation>Train Loss</translation>
        </message>
        <message>
            <source>Train Acc</source>
            <translation>Train Acc</translation>
        </message>
        <message>
            <source>Val. Loss</source>
            <translation>Val. Loss</translation>
        </message>
        <message>
            <source>Val. Acc</source>
            <translation>Val. Acc</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Stopping after this batch…</source>
            <translation>Stopping after this batch…</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Starting…</translation>
        </message>
        <message>
            <source>Epoch %1 of %2 · batch %3 of %4</source>
            <translation>Epoch %1 of %2 · batch %3 of %4</translation>
        </message>
        <message>
            <source>%L1 tokens/s · epoch ends in %2 · run in %3</source>
            <translation>%L1 tokens/s · epoch ends in %2 · run in %3</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>%L1 tokens/s over the run</source>
            <translation>%L1 tokens/s over the run</translation>
        </message>
        <message>
            <source>Test Loss: %1 | Test Acc: %2  (best-valid checkpoint, epoch %3)</source>
            <translation>Test Loss: %1 | Test Acc: %2  (best-valid checkpoint, epoch %3)</translation>
        </message>
        <message>
            <source>Stopped: the finished epochs are kept; no test was run.</source>
            <translation>Stopped: the finished epochs are kept; no test was run.</translation>
        </message>
        <message>
            <source>The model has %1 trainable parameters</source>
            <translation>The model has %1 trainable parameters</translation>
        </message>
        <message>
            <source>Recorded as run %1 in the run store.</source>
            <translation>Recorded as run %1 in the run store.</translation>
        </message>
        <message>
            <source>Not recorded: %1</source>
            <translation>Not recorded: %1</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>The run failed: %1</source>
            <translation>The run failed: %1</translation>
        </message>
        <message>
            <source>Loss stays at 0.693 = ln 2 and accuracy near 50 %: the model predicts chance. The lecture's base RNN does this; try the advanced preset (Adam, an LSTM) or more epochs.</source>
            <translation>Loss stays at 0.693 = ln 2 and accuracy near 50 %: the model predicts chance. The lecture's base RNN does this; try the advanced preset (Adam, an LSTM) or more epochs.</translation>
        </message>
        <message>
            <source>Validation loss is rising while training loss falls: the model starts to overfit. The test uses the best checkpoint (epoch %1).</source>
            <translation>Validation loss is rising while training loss falls: the model starts to overfit. The test uses the best checkpoint (epoch %1).</translation>
        </message>
        <message>
            <source>The loss became NaN or infinite: lower the learning rate or enable gradient clipping.</source>
            <translation>The loss became NaN or infinite: lower the learning rate or enable gradient clipping.</translation>
        </message>
        <message>
            <source>Not enough free memory</source>
            <translation>Not enough free memory</translation>
        </message>
        <message>
            <source>This run is expected to need about %1 at its peak, and the system has %2 free now. It may make the computer swap, or be stopped by the system. Close other programs, or choose a smaller model on the Model page.</source>
            <translation>This run is expected to need about %1 at its peak, and the system has %2 free now. It may make the computer swap, or be stopped by the system. Close other programs, or choose a smaller model on the Model page.</translation>
        </message>
        <message>
            <source>Against the lecture: %1</source>
            <translation>Against the lecture: %1</translation>
        </message>
        <message>
            <source>Why? Vanishing gradients: see how much gradient reaches each step</source>
            <translation>Why? Vanishing gradients: see how much gradient reaches each step</translation>
        </message>
        <message>
            <source>Queued: %1</source>
            <translation>Queued: %1</translation>
        </message>
        <message>
            <source>Testing the best epoch · %1 of %2 reviews</source>
            <translation>Testing the best epoch · %1 of %2 reviews</translation>
        </message>
        <message>
            <source>Epoch %1 of %2 · validating · %3 of %4 reviews</source>
            <translation>Epoch %1 of %2 · validating · %3 of %4 reviews</translation>
        </message>
        <message>
            <source>scoring the test reviews with the best epoch's weights</source>
            <translation>scoring the test reviews with the best epoch's weights</translation>
        </message>
        <message>
            <source>scoring the validation reviews</source>
            <translation>scoring the validation reviews</translation>
        </message>
        <message>
            <source>%1 classes: macro-F1 %2 (each class's F1 counted alike; the Runs page shows where it is wrong, class by class)</source>
            <translation>%1 classes: macro-F1 %2 (each class's F1 counted alike; the Runs page shows where it is wrong, class by class)</translation>
        </message>
        <message>
            <source>chance (%1 %)</source>
            <translation>chance (%1 %)</translation>
        </message>
        <message>
            <source>learning rate (right axis)</source>
            <translation>learning rate (right axis)</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>learning rate</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::TrainingController</name>
        <message>
            <source>Epoch %1 | train loss %2 acc %3% | valid loss %4 acc %5% | %6 s</source>
            <translation>Epoch %1 | train loss %2 acc %3% | valid loss %4 acc %5% | %6 s</translation>
        </message>
        <message>
            <source>Run %1 done: Test Loss %2 | Test Acc %3%</source>
            <translation>Run %1 done: Test Loss %2 | Test Acc %3%</translation>
        </message>
        <message>
            <source>Run %1 stopped</source>
            <translation>Run %1 stopped</translation>
        </message>
        <message>
            <source>Run %1 done</source>
            <translation>Run %1 done</translation>
        </message>
        <message>
            <source>Training failed: %1</source>
            <translation>Training failed: %1</translation>
        </message>
        <message numerus="yes">
            <source>Training %1 for %n epoch(s) on %2</source>
            <translation>
                <numerusform>Training %1 for %n epoch on %2</numerusform>
                <numerusform>Training %1 for %n epochs on %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing on this desktop keeps the computer awake (%1): if it sleeps, continue the run from the Runs page.</source>
            <translation>Nothing on this desktop keeps the computer awake (%1): if it sleeps, continue the run from the Runs page.</translation>
        </message>
        <message>
            <source>The computer stays awake while the run trains (through %1).</source>
            <translation>The computer stays awake while the run trains (through %1).</translation>
        </message>
        <message>
            <source>Training a sentiment model (%1)</source>
            <translation>Training a sentiment model (%1)</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::TrainingWorker</name>
        <message>
            <source>Vocabulary rebuilt for this model: %1 entries%2</source>
            <translation>Vocabulary rebuilt for this model: %1 entries%2</translation>
        </message>
        <message>
            <source> (words and bigrams)</source>
            <translation> (words and bigrams)</translation>
        </message>
        <message>
            <source>LibTorch failed: %1</source>
            <translation>LibTorch failed: %1</translation>
        </message>
        <message>
            <source>Training failed: %1</source>
            <translation>Training failed: %1</translation>
        </message>
        <message>
            <source>Nothing was trained: the run store cannot be used (%1)</source>
            <translation>Nothing was trained: the run store cannot be used (%1)</translation>
        </message>
        <message>
            <source> (words, n-grams and character n-grams)</source>
            <translation> (words, n-grams and character n-grams)</translation>
        </message>
    </context>
    <context>
        <name>sentiment::ui::VectorsPanel</name>
        <message>
            <source>Open vectors…</source>
            <translation>Open vectors…</translation>
        </message>
        <message>
            <source>GloVe: a .txt file such as glove.6B.100d.txt, or glove.6B.zip as downloaded</source>
            <translation>GloVe: a .txt file such as glove.6B.100d.txt, or glove.6B.zip as downloaded</translation>
        </message>
        <message>
            <source>Download GloVe 6B…</source>
            <translation>Download GloVe 6B…</translation>
        </message>
        <message>
            <source>%1 dimensions</source>
            <translation>%1 dimensions</translation>
        </message>
        <message>
            <source>Which file of glove.6B.zip to read (the lecture uses 100)</source>
            <translation>Which file of glove.6B.zip to read (the lecture uses 100)</translation>
        </message>
        <message>
            <source>No vectors loaded: the models start from random embeddings. The lecture uses GloVe 6B, 100 dimensions.</source>
            <translation>No vectors loaded: the models start from random embeddings. The lecture uses GloVe 6B, 100 dimensions.</translation>
        </message>
        <message>
            <source>Most frequent words without a vector</source>
            <translation>Most frequent words without a vector</translation>
        </message>
        <message>
            <source>Count in train</source>
            <translation>Count in train</translation>
        </message>
        <message>
            <source>Reading %1: %p%</source>
            <translation>Reading %1: %p%</translation>
        </message>
        <message>
            <source>Could not load the vectors:</source>
            <translation>Could not load the vectors:</translation>
        </message>
        <message>
            <source>Open word vectors</source>
            <translation>Open word vectors</translation>
        </message>
        <message>
            <source>GloVe vectors (*.txt *.zip);;All files (*)</source>
            <translation>GloVe vectors (*.txt *.zip);;All files (*)</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: %2 words × %3 dimensions, read in %4 s%5.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: %2 words × %3 dimensions, read in %4 s%5.</translation>
        </message>
        <message>
            <source> (from cache)</source>
            <translation> (from cache)</translation>
        </message>
        <message>
            <source>They cover &lt;b&gt;%1 %&lt;/b&gt; of the vocabulary (%2 of %3 entries, %4 of them through the lower-case form); the others start from N(0, 1), &amp;lt;unk&amp;gt; and &amp;lt;pad&amp;gt; from zero.</source>
            <translation>They cover &lt;b&gt;%1 %&lt;/b&gt; of the vocabulary (%2 of %3 entries, %4 of them through the lower-case form); the others start from N(0, 1), &amp;lt;unk&amp;gt; and &amp;lt;pad&amp;gt; from zero.</translation>
        </message>
    </context>
</TS>
