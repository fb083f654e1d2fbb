<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>GroupChart</name>
    <message>
        <source>group %1 ± sd</source>
        <translation>그룹 %1 ± 표준편차</translation>
    </message>
    <message>
        <source>seed (group %1)</source>
        <translation>시드 (그룹 %1)</translation>
    </message>
    <message>
        <source>value of the swept setting (group %1)</source>
        <translation>스윕한 설정의 값 (그룹 %1)</translation>
    </message>
    <message>
        <source>test accuracy (%)</source>
        <translation>테스트 정확도 (%)</translation>
    </message>
    <message>
        <source>select the runs of one group (train --seeds, --sweep)</source>
        <translation>한 그룹의 실행을 선택하세요(train --seeds, --sweep)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: choose a .png, .pdf or .svg file name</source>
        <translation>%1: .png, .pdf 또는 .svg 파일 이름을 고르세요</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG로 저장…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>SVG로 저장…</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>%1 model, vocabulary of %2 entries, bfloat16 weights (AVX-512)</source>
        <translation>%1 모델, 어휘 %2개, bfloat16 가중치 (AVX-512)</translation>
    </message>
    <message>
        <source>%1 model, vocabulary of %2 entries</source>
        <translation>%1 모델, 어휘 %2개</translation>
    </message>
    <message>
        <source>Choose a trained model first.</source>
        <translation>먼저 학습된 모델을 고르세요.</translation>
    </message>
    <message>
        <source>The model failed: %1</source>
        <translation>모델 실행 실패: %1</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: choose a .csv or .md file name</source>
        <translation>%1: .csv 또는 .md 파일 이름을 고르세요</translation>
    </message>
    <message>
        <source>Save table</source>
        <translation>표 저장</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>CSV로 저장…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as Markdown…</source>
        <translation>Markdown으로 저장…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Copy as a table</source>
        <translation>표로 복사</translation>
    </message>
    <message>
        <source>LibTorch %1 · CPU, %2 threads%3</source>
        <translation>LibTorch %1 · CPU, 스레드 %2개%3</translation>
    </message>
    <message>
        <source> · CUDA available</source>
        <translation> · CUDA 사용 가능</translation>
    </message>
    <message>
        <source>The embedding could not be searched: %1</source>
        <translation>임베딩을 검색할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This run&apos;s model (%1) has no word embedding: NBSVM keeps one fixed ratio per n-gram.</source>
        <translation>이 실행의 모델(%1)에는 단어 임베딩이 없습니다. NBSVM은 n-gram마다 고정된 비율 하나만 둡니다.</translation>
    </message>
    <message>
        <source>%1 words × %2 dimensions, trained</source>
        <translation>단어 %1개 × %2차원, 학습됨</translation>
    </message>
    <message>
        <source>Load word vectors (GloVe) on the Data page first.</source>
        <translation>먼저 데이터 페이지에서 단어 벡터(GloVe)를 불러오세요.</translation>
    </message>
    <message>
        <source>Choose a trained run first.</source>
        <translation>먼저 학습된 실행을 고르세요.</translation>
    </message>
    <message>
        <source> · built with CUDA, no GPU here</source>
        <translation> · CUDA 빌드, 이 컴퓨터에는 GPU 없음</translation>
    </message>
</context>
<context>
    <name>ReferenceCurves</name>
    <message>
        <source>lecture ±%1 points</source>
        <translation>강의 ±%1 포인트</translation>
    </message>
    <message>
        <source>lecture: valid</source>
        <translation>강의: 검증</translation>
    </message>
    <message>
        <source>lecture: train</source>
        <translation>강의: 학습</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>The model has &lt;b&gt;%1&lt;/b&gt; trainable parameters.</source>
        <translation>모델의 학습 가능한 파라미터는 &lt;b&gt;%1&lt;/b&gt;개입니다.</translation>
    </message>
    <message>
        <source>No test result (%1).
</source>
        <translation>테스트 결과 없음 (%1).
</translation>
    </message>
    <message>
        <source>Against the lecture:</source>
        <translation>강의와 비교:</translation>
    </message>
    <message>
        <source>run %1 of the store</source>
        <translation>저장소의 실행 %1</translation>
    </message>
    <message>
        <source>The model has &lt;b&gt;%1&lt;/b&gt; trainable parameters:</source>
        <translation>모델의 학습 가능한 파라미터는 &lt;b&gt;%1&lt;/b&gt;개입니다:</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>계산식</translation>
    </message>
    <message>
        <source>Its test predictions were not recorded: select the run on the Runs page with its dataset loaded and score its test set, then write the report again.</source>
        <translation>테스트 예측이 기록되지 않았습니다: 데이터셋을 불러온 상태에서 실행 페이지에서 이 실행을 고르고 테스트 세트를 평가한 뒤 보고서를 다시 쓰세요.</translation>
    </message>
    <message>
        <source>called positive</source>
        <translation>긍정으로 판정</translation>
    </message>
    <message>
        <source>called negative</source>
        <translation>부정으로 판정</translation>
    </message>
    <message>
        <source>positive (%1)</source>
        <translation>긍정 (%1)</translation>
    </message>
    <message>
        <source>negative (%1)</source>
        <translation>부정 (%1)</translation>
    </message>
    <message>
        <source>Accuracy %1 on %2 test reviews; of those called positive, %3 are.</source>
        <translation>테스트 리뷰 %2개에서 정확도 %1; 긍정으로 판정한 것 중 %3가 실제로 긍정입니다.</translation>
    </message>
    <message>
        <source>%1 tokens: %2 (%3 reviews)</source>
        <translation>토큰 %1개: %2 (리뷰 %3개)</translation>
    </message>
    <message>
        <source>Accuracy by review length:</source>
        <translation>리뷰 길이별 정확도:</translation>
    </message>
    <message>
        <source>The mistakes it was surest of:</source>
        <translation>가장 확신했던 오답:</translation>
    </message>
    <message>
        <source>%1 sure it is %2, but it is %3:</source>
        <translation>%1 확신으로 %2(이)라 했지만 실제는 %3:</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>부정</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>Sentiment analysis on IMDb: assignment report</source>
        <translation>IMDb 감성 분석: 과제 보고서</translation>
    </message>
    <message>
        <source>Made with Sentiment Lab %1 on %2. Runs are read against: %3.</source>
        <translation>Sentiment Lab %1로 %2에 작성. 비교 기준: %3.</translation>
    </message>
    <message>
        <source>No run of the base RNN was chosen for this report: select one on the Runs page together with the others.</source>
        <translation>이 보고서에 기본 RNN 실행이 선택되지 않았습니다: 실행 페이지에서 다른 실행과 함께 하나를 고르세요.</translation>
    </message>
    <message>
        <source>No run of the bidirectional LSTM was chosen for this report: select one on the Runs page together with the others.</source>
        <translation>이 보고서에 양방향 LSTM 실행이 선택되지 않았습니다: 실행 페이지에서 다른 실행과 함께 하나를 고르세요.</translation>
    </message>
    <message>
        <source>Assignment 1 · The base RNN, trained for 5 epochs</source>
        <translation>과제 1 · 5 에포크 학습한 기본 RNN</translation>
    </message>
    <message>
        <source>Assignment 2 · Its accuracy per epoch (training and validation) and on the test set</source>
        <translation>과제 2 · 에포크별 정확도(학습과 검증)와 테스트 정확도</translation>
    </message>
    <message>
        <source>Assignment 3 · A multi-layer bidirectional LSTM, trained for 5 epochs</source>
        <translation>과제 3 · 5 에포크 학습한 다층 양방향 LSTM</translation>
    </message>
    <message>
        <source>Assignment 4 · Its accuracy per epoch (training and validation) and on the test set</source>
        <translation>과제 4 · 에포크별 정확도(학습과 검증)와 테스트 정확도</translation>
    </message>
    <message>
        <source>Assignment 5 · The parameters of the 2-layer bidirectional LSTM</source>
        <translation>과제 5 · 2층 양방향 LSTM의 파라미터 수</translation>
    </message>
    <message>
        <source>As trained in %1:</source>
        <translation>%1에서 학습한 대로:</translation>
    </message>
    <message>
        <source>No BiLSTM run was chosen: the lecture&apos;s model (vocabulary of 25,002 entries) is counted.</source>
        <translation>BiLSTM 실행이 선택되지 않아 강의의 모델(어휘 25,002개)을 셉니다.</translation>
    </message>
    <message>
        <source>An LSTM layer has 4 gates, each with input weights, recurrent weights and two bias vectors (as PyTorch counts them): 4 × (hidden × (input + hidden) + 2 × hidden) per direction; the second layer reads both directions of the first, so its input is 2 × hidden.</source>
        <translation>LSTM 층에는 게이트가 4개 있고, 각각 입력 가중치, 순환 가중치, 편향 벡터 2개(PyTorch의 방식)를 가집니다: 방향마다 4 × (은닉 × (입력 + 은닉) + 2 × 은닉). 두 번째 층은 첫 층의 두 방향을 모두 읽으므로 입력이 2 × 은닉입니다.</translation>
    </message>
    <message>
        <source>Further runs</source>
        <translation>그 밖의 실행</translation>
    </message>
    <message>
        <source>Against the lecture</source>
        <translation>강의와 비교</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>no figures of the course for this preset</source>
        <translation>이 프리셋에 대한 강의 수치가 없음</translation>
    </message>
    <message>
        <source>Within: inside the lowest to highest test accuracy of the lecture&apos;s own runs, widened by %1 points each side; a run between 45 and 55 % is at chance.</source>
        <translation>범위 안: 강의 자체 실행들의 최저~최고 테스트 정확도를 양쪽으로 %1 포인트 넓힌 범위 안; 45~55 %인 실행은 우연 수준입니다.</translation>
    </message>
    <message>
        <source>Where the models are wrong</source>
        <translation>모델이 틀리는 곳</translation>
    </message>
    <message>
        <source>Rows: what the review is; columns: what the model called it; each cell: reviews and their share of the row.</source>
        <translation>행: 리뷰의 실제 레이블; 열: 모델의 판정; 각 칸: 리뷰 수와 그 행에서의 비율.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경</translation>
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
        <translation>LibTorch (이 컴퓨터)</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>LibTorch %1 · %2, %3 threads · dataset %4 (fingerprint %5) · seed %6</source>
        <translation>LibTorch %1 · %2, 스레드 %3개 · 데이터셋 %4 (지문 %5) · 시드 %6</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Sentiment Lab report</source>
        <translation>Sentiment Lab 보고서</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>no NBSVM run on this dataset and split yet (train it from the Runs page: about a minute)</source>
        <translation>이 데이터셋과 분할에 대한 NBSVM 실행이 아직 없습니다(실행 페이지에서 훈련하세요: 약 1분)</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>기준선:</translation>
    </message>
    <message>
        <source>Against the linear baseline</source>
        <translation>선형 기준선과 비교</translation>
    </message>
    <message>
        <source>group %1, value %2</source>
        <translation>그룹 %1, 값 %2</translation>
    </message>
    <message>
        <source>Reproducibility:</source>
        <translation>재현성:</translation>
    </message>
    <message>
        <source>valid accuracy (%)</source>
        <translation>검증 정확도 (%)</translation>
    </message>
    <message>
        <source>test accuracy (%)</source>
        <translation>테스트 정확도 (%)</translation>
    </message>
    <message>
        <source>Seeds and sweeps</source>
        <translation>시드와 스윕</translation>
    </message>
    <message>
        <source>Runs of one group differ in one setting only: the training seed (initialisation, shuffling, dropout) or the swept setting. The band is the mean ± one standard deviation of their accuracy per epoch; a difference between two runs smaller than the seeds&apos; spread may be the seed&apos;s.</source>
        <translation>한 그룹의 실행들은 한 가지 설정만 다릅니다: 학습 시드(초기화, 섞기, 드롭아웃) 또는 스윕한 설정입니다. 띠는 에포크별 정확도의 평균 ± 표준편차 1배입니다. 두 실행의 차이가 시드들의 퍼짐보다 작다면 시드 때문일 수 있습니다.</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>그룹 %1</translation>
    </message>
    <message>
        <source>called %1</source>
        <translation>%1(으)로 판정</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>리뷰</translation>
    </message>
    <message>
        <source>Accuracy %1 on %2 test reviews in %3 classes; macro-F1 %4.</source>
        <translation>클래스 %3개의 테스트 리뷰 %2개에서 정확도 %1; 매크로 F1 %4.</translation>
    </message>
    <message>
        <source>Mean absolute error: %1 (in the classes&apos; own numbers).</source>
        <translation>평균 절대 오차: %1 (클래스의 숫자 기준).</translation>
    </message>
    <message>
        <source>The pairs most often confused:</source>
        <translation>가장 자주 혼동한 쌍:</translation>
    </message>
    <message>
        <source>%1 called %2: %3 reviews</source>
        <translation>%1을(를) %2(으)로 판정: 리뷰 %3개</translation>
    </message>
    <message>
        <source>the surest (%1): &lt;i&gt;%2&lt;/i&gt;</source>
        <translation>가장 확신한 것 (%1): &lt;i&gt;%2&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>RunCharts</name>
    <message>
        <source>linear baseline (NBSVM #%1), valid</source>
        <translation>선형 기준선(NBSVM #%1), 검증</translation>
    </message>
    <message>
        <source>linear baseline (NBSVM #%1), test</source>
        <translation>선형 기준선(NBSVM #%1), 테스트</translation>
    </message>
    <message>
        <source>chance (50 %)</source>
        <translation>우연 수준 (50 %)</translation>
    </message>
</context>
<context>
    <name>RunsSummary</name>
    <message>
        <source>%1: epochs recorded: %2.</source>
        <translation>%1: 기록된 에포크: %2.</translation>
    </message>
    <message>
        <source>%1 runs overlaid; settings that differ: %2.</source>
        <translation>실행 %1개를 겹침; 다른 설정: %2.</translation>
    </message>
    <message>
        <source>Against the lecture: %1</source>
        <translation>강의와 비교: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No linear baseline on this dataset and split yet.</source>
        <translation>이 데이터셋과 분할에는 아직 선형 기준선이 없습니다.</translation>
    </message>
    <message>
        <source>Reproducibility: %1.</source>
        <translation>재현성: %1.</translation>
    </message>
    <message>
        <source>This machine matches: training it again here gives the same numbers.</source>
        <translation>이 컴퓨터와 일치합니다. 여기서 다시 학습하면 같은 수치가 나옵니다.</translation>
    </message>
    <message>
        <source>Here the numbers may differ in the last digits: %1.</source>
        <translation>여기서는 수치의 끝자리가 다를 수 있습니다: %1.</translation>
    </message>
</context>
<context>
    <name>sentiment::Message</name>
    <message>
        <source>no dataset is loaded</source>
        <translation>불러온 데이터셋이 없습니다</translation>
    </message>
    <message>
        <source>tokenizing lost a chunk of reviews (internal error)</source>
        <translation>토큰화 중 리뷰 묶음 하나를 잃었습니다(내부 오류)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <source>tokenizing was cancelled</source>
        <translation>토큰화가 취소되었습니다</translation>
    </message>
    <message>
        <source>cannot create the cache folder: %1</source>
        <translation>캐시 폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the tokenized dataset was not cached: %1</source>
        <translation>토큰화한 데이터셋을 캐시에 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>only https:// addresses are downloaded (plain http only from this computer)</source>
        <translation>https:// 주소만 내려받습니다(일반 http는 이 컴퓨터에서만)</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation>쓸 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>download cancelled after %1; the part is kept in %2 and the next download resumes it</source>
        <translation>%1 받은 뒤 내려받기를 취소했습니다. 받은 부분은 %2에 남아 있고 다음 내려받기에서 이어 받습니다</translation>
    </message>
    <message>
        <source>no connection to %1 (%2): you can also open a file you downloaded yourself</source>
        <translation>%1에 연결할 수 없습니다(%2). 직접 내려받은 파일을 열 수도 있습니다</translation>
    </message>
    <message>
        <source>cannot be written (disk full?) after %1</source>
        <translation>%1 받은 뒤 쓸 수 없습니다(디스크가 가득 찼나요?)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>서버가 HTTP %1(으)로 응답했습니다</translation>
    </message>
    <message>
        <source>the connection broke after %1 (%2); the part is kept in %3 and the next download resumes it</source>
        <translation>%1 받은 뒤 연결이 끊겼습니다(%2). 받은 부분은 %3에 남아 있고 다음 내려받기에서 이어 받습니다</translation>
    </message>
    <message>
        <source>download failed: %1</source>
        <translation>내려받기 실패: %1</translation>
    </message>
    <message>
        <source>has %1 bytes, but %2 has %3</source>
        <translation>크기가 %1바이트이지만 %2의 크기는 %3바이트입니다</translation>
    </message>
    <message>
        <source>SHA-256 %1 differs from the published %2 (a damaged or different file)</source>
        <translation>SHA-256 %1이(가) 공개된 값 %2과(와) 다릅니다(손상되었거나 다른 파일)</translation>
    </message>
    <message>
        <source>cannot create the download folder (%1)</source>
        <translation>내려받기 폴더를 만들 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>is already there but fails its check: %1; delete it to download again</source>
        <translation>이미 있지만 검사를 통과하지 못합니다: %1. 다시 내려받으려면 이 파일을 지우세요</translation>
    </message>
    <message>
        <source>the download failed its check and was deleted: %1</source>
        <translation>내려받은 파일이 검사를 통과하지 못해 삭제했습니다: %1</translation>
    </message>
    <message>
        <source>cannot be renamed from its .part file (%1)</source>
        <translation>.part 파일에서 이름을 바꿀 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, %2번째 줄: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>열 수 없습니다</translation>
    </message>
    <message>
        <source>the gzip checksum does not match: the file is corrupt (download it again)</source>
        <translation>gzip 체크섬이 맞지 않습니다. 파일이 손상되었습니다(다시 내려받으세요)</translation>
    </message>
    <message>
        <source>the compressed data is corrupt at byte %1 (gzip error %2); download the file again</source>
        <translation>압축 데이터가 %1번째 바이트에서 손상되었습니다(gzip 오류 %2). 파일을 다시 내려받으세요</translation>
    </message>
    <message>
        <source>the file ends early after %1 bytes: it is truncated (an interrupted download?)</source>
        <translation>파일이 %1바이트에서 일찍 끝납니다. 잘린 파일입니다(내려받기가 중단되었나요?)</translation>
    </message>
    <message>
        <source>this is a PNG image, not the IMDb archive (aclImdb_v1.tar.gz)</source>
        <translation>IMDb 아카이브(aclImdb_v1.tar.gz)가 아니라 PNG 이미지입니다</translation>
    </message>
    <message>
        <source>this is a JPEG image, not the IMDb archive (aclImdb_v1.tar.gz)</source>
        <translation>IMDb 아카이브(aclImdb_v1.tar.gz)가 아니라 JPEG 이미지입니다</translation>
    </message>
    <message>
        <source>this is a PDF document, not the IMDb archive (aclImdb_v1.tar.gz)</source>
        <translation>IMDb 아카이브(aclImdb_v1.tar.gz)가 아니라 PDF 문서입니다</translation>
    </message>
    <message>
        <source>this is a web page (HTML), perhaps an error page saved instead of the download, not the IMDb archive (aclImdb_v1.tar.gz)</source>
        <translation>IMDb 아카이브(aclImdb_v1.tar.gz)가 아니라 웹 페이지(HTML)입니다. 내려받은 파일 대신 오류 페이지가 저장된 것 같습니다</translation>
    </message>
    <message>
        <source>not an archive this program can read (expected aclImdb_v1.tar.gz or the extracted aclImdb folder)</source>
        <translation>이 프로그램이 읽을 수 있는 아카이브가 아닙니다(aclImdb_v1.tar.gz나 압축을 푼 aclImdb 폴더가 필요합니다)</translation>
    </message>
    <message>
        <source>cannot read the archive after %1 entries: %2</source>
        <translation>항목 %1개를 읽은 뒤 아카이브를 더 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>읽기가 취소되었습니다</translation>
    </message>
    <message>
        <source>the archive entry &apos;%1&apos; points outside the archive (&apos;..&apos; or an absolute path); this archive is refused</source>
        <translation>아카이브 항목 &apos;%1&apos;이(가) 아카이브 바깥을 가리킵니다(&apos;..&apos; 또는 절대 경로). 이 아카이브는 거부합니다</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>does not exist; choose aclImdb_v1.tar.gz or the extracted aclImdb folder</source>
        <translation>없습니다. aclImdb_v1.tar.gz나 압축을 푼 aclImdb 폴더를 고르세요</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>빈 파일입니다(0바이트)</translation>
    </message>
    <message>
        <source>not a tar archive inside the gzip file: %1</source>
        <translation>gzip 파일 안에 tar 아카이브가 없습니다: %1</translation>
    </message>
    <message>
        <source>not an archive this program can read: %1</source>
        <translation>이 프로그램이 읽을 수 있는 아카이브가 아닙니다: %1</translation>
    </message>
    <message>
        <source>this folder has no %1/ folder; choose the extracted aclImdb folder (it holds train/ and test/) or the folder that contains it</source>
        <translation>이 폴더에는 %1/ 폴더가 없습니다. 압축을 푼 aclImdb 폴더(train/과 test/가 들어 있음)나 그 폴더를 담은 폴더를 고르세요</translation>
    </message>
    <message>
        <source>has no %1/ folder</source>
        <translation>%1/ 폴더가 없습니다</translation>
    </message>
    <message>
        <source>cannot list the folder: %1</source>
        <translation>폴더 내용을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot open the review file</source>
        <translation>리뷰 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the review file</source>
        <translation>리뷰 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot map into memory: %1</source>
        <translation>메모리에 매핑할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1: ignored, the name does not follow &lt;id&gt;_&lt;rating&gt;.txt</source>
        <translation>%1: 이름이 &lt;id&gt;_&lt;rating&gt;.txt 형식이 아니어서 무시했습니다</translation>
    </message>
    <message>
        <source>%1: the review is empty; skipped</source>
        <translation>%1: 빈 리뷰라서 건너뛰었습니다</translation>
    </message>
    <message>
        <source>%1: the review is longer than %2 KiB; only its beginning is used</source>
        <translation>%1: 리뷰가 %2KiB보다 길어서 앞부분만 씁니다</translation>
    </message>
    <message>
        <source>%1: %2 invalid UTF-8 byte sequence(s) replaced by U+FFFD</source>
        <translation>%1: 잘못된 UTF-8 바이트 열 %2개를 U+FFFD로 바꿨습니다</translation>
    </message>
    <message>
        <source>%1 review(s) appear twice (same split, class and id); the first copy is kept</source>
        <translation>리뷰 %1개가 두 번 나옵니다(같은 분할, 클래스, id). 첫 번째 것을 씁니다</translation>
    </message>
    <message>
        <source>no labelled reviews found; expected the aclImdb layout with train/pos, train/neg, test/pos and test/neg holding &lt;id&gt;_&lt;rating&gt;.txt files</source>
        <translation>레이블이 붙은 리뷰를 찾지 못했습니다. train/pos, train/neg, test/pos, test/neg에 &lt;id&gt;_&lt;rating&gt;.txt 파일이 있는 aclImdb 구조가 필요합니다</translation>
    </message>
    <message>
        <source>no reviews in %1; expected all of train/pos, train/neg, test/pos, test/neg</source>
        <translation>%1에 리뷰가 없습니다. train/pos, train/neg, test/pos, test/neg가 모두 필요합니다</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>could not be read to the end (an I/O error)</source>
        <translation>끝까지 읽지 못했습니다(입출력 오류)</translation>
    </message>
    <message>
        <source>the zip holds no .txt vectors file</source>
        <translation>zip 안에 .txt 벡터 파일이 없습니다</translation>
    </message>
    <message>
        <source>the zip has no member &apos;%1&apos; (it has %2)</source>
        <translation>zip에 &apos;%1&apos; 항목이 없습니다(있는 항목: %2)</translation>
    </message>
    <message>
        <source>the zip has no %1d vectors (it has %2)</source>
        <translation>zip에 %1차원 벡터가 없습니다(있는 항목: %2)</translation>
    </message>
    <message>
        <source>the zip holds several vectors files (%1); choose a dimension</source>
        <translation>zip에 벡터 파일이 여러 개 있습니다(%1). 차원을 고르세요</translation>
    </message>
    <message>
        <source>does not exist; choose a GloVe .txt file or glove.6B.zip</source>
        <translation>없습니다. GloVe .txt 파일이나 glove.6B.zip을 고르세요</translation>
    </message>
    <message>
        <source>is a folder; choose a GloVe .txt file or glove.6B.zip</source>
        <translation>폴더입니다. GloVe .txt 파일이나 glove.6B.zip을 고르세요</translation>
    </message>
    <message>
        <source>the vectors were not cached: %1</source>
        <translation>벡터를 캐시에 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>expected a word followed by %1 numbers</source>
        <translation>단어 하나와 그 뒤에 숫자 %1개가 와야 합니다</translation>
    </message>
    <message>
        <source>has %1 values, expected %2</source>
        <translation>값이 %1개입니다. %2개여야 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (value %2) is not a number</source>
        <translation>&apos;%1&apos;(%2번째 값)은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>value %1 (&apos;%2&apos;) is not a finite number</source>
        <translation>%1번째 값(&apos;%2&apos;)이 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <source>the vectors file is empty</source>
        <translation>벡터 파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>expected &apos;word v1 v2 ... vD&apos; (GloVe&apos;s text format), found &apos;%1&apos;</source>
        <translation>&apos;단어 v1 v2 ... vD&apos;(GloVe 텍스트 형식)이어야 하는데 &apos;%1&apos;이(가) 있습니다</translation>
    </message>
    <message>
        <source>the vectors file has no vector lines</source>
        <translation>벡터 파일에 벡터 줄이 없습니다</translation>
    </message>
    <message>
        <source>the vocabulary is malformed: it must start with &lt;unk&gt;, &lt;pad&gt; and have one count per entry</source>
        <translation>어휘 형식이 잘못되었습니다. &lt;unk&gt;, &lt;pad&gt;로 시작하고 항목마다 빈도가 하나씩 있어야 합니다</translation>
    </message>
    <message>
        <source>the vocabulary has duplicate entries</source>
        <translation>어휘에 중복 항목이 있습니다</translation>
    </message>
    <message>
        <source>the vocabulary is malformed: %1</source>
        <translation>어휘 형식이 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>too short to be a zip file (%1 bytes)</source>
        <translation>zip 파일이라기엔 너무 짧습니다(%1바이트)</translation>
    </message>
    <message>
        <source>not a complete zip file: its central directory is missing (truncated download?)</source>
        <translation>완전한 zip 파일이 아닙니다. 중앙 디렉터리가 없습니다(내려받기가 잘렸나요?)</translation>
    </message>
    <message>
        <source>ZIP64 archives are not supported</source>
        <translation>ZIP64 아카이브는 지원하지 않습니다</translation>
    </message>
    <message>
        <source>the zip&apos;s central directory is damaged</source>
        <translation>zip의 중앙 디렉터리가 손상되었습니다</translation>
    </message>
    <message>
        <source>the zip&apos;s central directory is damaged at entry %1</source>
        <translation>zip의 중앙 디렉터리가 %1번째 항목에서 손상되었습니다</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; needs ZIP64, which is not supported</source>
        <translation>&apos;%1&apos; 항목은 ZIP64가 필요한데, 지원하지 않습니다</translation>
    </message>
    <message>
        <source>the member&apos;s local header is damaged</source>
        <translation>항목의 로컬 헤더가 손상되었습니다</translation>
    </message>
    <message>
        <source>the member&apos;s data runs past the end of the file (truncated download?)</source>
        <translation>항목의 데이터가 파일 끝을 넘어갑니다(내려받기가 잘렸나요?)</translation>
    </message>
    <message>
        <source>the member is larger than the zip says: the file is damaged</source>
        <translation>항목이 zip에 적힌 크기보다 큽니다. 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>the compressed data is corrupt (download the file again)</source>
        <translation>압축 데이터가 손상되었습니다(파일을 다시 내려받으세요)</translation>
    </message>
    <message>
        <source>the member is shorter than the zip says: the file is damaged</source>
        <translation>항목이 zip에 적힌 크기보다 짧습니다. 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>compression method %1 is not supported (only deflate)</source>
        <translation>압축 방식 %1은(는) 지원하지 않습니다(deflate만 지원)</translation>
    </message>
    <message>
        <source>the CRC-32 check failed: the file is corrupt (download it again)</source>
        <translation>CRC-32 검사에 실패했습니다. 파일이 손상되었습니다(다시 내려받으세요)</translation>
    </message>
    <message>
        <source>unknown cell &apos;%1&apos; (expected lstm, gru or rnn)</source>
        <translation>알 수 없는 셀 &apos;%1&apos;(lstm, gru, rnn 중 하나)</translation>
    </message>
    <message>
        <source>unknown RNN input &apos;%1&apos; (expected padded or packed)</source>
        <translation>알 수 없는 RNN 입력 &apos;%1&apos;(padded 또는 packed)</translation>
    </message>
    <message>
        <source>the model configuration has values out of range</source>
        <translation>모델 설정에 범위를 벗어난 값이 있습니다</translation>
    </message>
    <message>
        <source>the model configuration is malformed: %1</source>
        <translation>모델 설정 형식이 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>warning: this run is no longer recorded: %1</source>
        <translation>경고: 이 실행은 더 이상 기록되지 않습니다: %1</translation>
    </message>
    <message>
        <source>the run store is locked by another program (another Sentiment Lab still writing?)</source>
        <translation>다른 프로그램이 실행 저장소를 잠갔습니다(다른 Sentiment Lab이 아직 쓰고 있나요?)</translation>
    </message>
    <message>
        <source>the run store or its folder is read-only</source>
        <translation>실행 저장소나 그 폴더가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the run store cannot be opened (a missing folder or no permission)</source>
        <translation>실행 저장소를 열 수 없습니다(폴더가 없거나 권한이 없음)</translation>
    </message>
    <message>
        <source>the run store is damaged (&apos;sentiment-lab-cli runs check&apos; tells more)</source>
        <translation>실행 저장소가 손상되었습니다(&apos;sentiment-lab-cli runs check&apos;로 자세히 볼 수 있습니다)</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>SQLite 데이터베이스 파일이 아닙니다</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>디스크가 입출력 오류를 보고했습니다</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>an SQLite error</source>
        <translation>SQLite 오류</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program</source>
        <translation>다른 프로그램의 SQLite 데이터베이스입니다</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program (tables %1)</source>
        <translation>다른 프로그램의 SQLite 데이터베이스입니다(테이블 %1)</translation>
    </message>
    <message>
        <source>it was written by a newer Sentiment Lab (schema version %1; this version knows up to %2)</source>
        <translation>더 새로운 Sentiment Lab이 쓴 파일입니다(스키마 버전 %1, 이 버전은 %2까지 압니다)</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>SQLite 데이터베이스가 아닙니다</translation>
    </message>
    <message>
        <source>the run store cannot use write-ahead logging (journal mode %1)</source>
        <translation>실행 저장소가 미리 쓰기 로그(WAL)를 쓸 수 없습니다(저널 모드 %1)</translation>
    </message>
    <message>
        <source>it is damaged (SQLite: %1)</source>
        <translation>손상되었습니다(SQLite: %1)</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <translation>%1(SQLite: %2)</translation>
    </message>
    <message>
        <source>%1, and it could not be moved aside to %2: %3</source>
        <translation>%1. 그리고 %2(으)로 옮겨 둘 수도 없었습니다: %3</translation>
    </message>
    <message>
        <source>the folder for the run store cannot be created: %1</source>
        <translation>실행 저장소 폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>is a folder; the run store must be a file</source>
        <translation>폴더입니다. 실행 저장소는 파일이어야 합니다</translation>
    </message>
    <message>
        <source>cannot be used as the run store: %1. It was left untouched; choose another file or move it away</source>
        <translation>실행 저장소로 쓸 수 없습니다: %1. 파일은 그대로 두었습니다. 다른 파일을 고르거나 이 파일을 옮기세요</translation>
    </message>
    <message>
        <source>a new run store could not be started: %1</source>
        <translation>새 실행 저장소를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>check for interrupted runs</source>
        <translation>중단된 실행 확인</translation>
    </message>
    <message>
        <source>an unexpected error</source>
        <translation>예상하지 못한 오류</translation>
    </message>
    <message>
        <source>could not %1: %2 (%3)</source>
        <translation>%1 실패: %2(%3)</translation>
    </message>
    <message>
        <source>there is no run %1</source>
        <translation>실행 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>record the new run</source>
        <translation>새 실행 기록</translation>
    </message>
    <message>
        <source>record epoch %1 of run %2</source>
        <translation>실행 %2의 에포크 %1 기록</translation>
    </message>
    <message>
        <source>record the end of run %1</source>
        <translation>실행 %1의 종료 기록</translation>
    </message>
    <message>
        <source>update run %1</source>
        <translation>실행 %1 수정</translation>
    </message>
    <message>
        <source>record the prediction for run %1</source>
        <translation>실행 %1의 예측 기록</translation>
    </message>
    <message>
        <source>list the runs</source>
        <translation>실행 목록 읽기</translation>
    </message>
    <message>
        <source>read run %1</source>
        <translation>실행 %1 읽기</translation>
    </message>
    <message>
        <source>look up the run of %1</source>
        <translation>%1의 실행 찾기</translation>
    </message>
    <message>
        <source>rename run %1</source>
        <translation>실행 %1 이름 바꾸기</translation>
    </message>
    <message>
        <source>annotate run %1</source>
        <translation>실행 %1 메모 달기</translation>
    </message>
    <message>
        <source>tag run %1</source>
        <translation>실행 %1 태그 달기</translation>
    </message>
    <message>
        <source>untag run %1</source>
        <translation>실행 %1 태그 떼기</translation>
    </message>
    <message>
        <source>delete run %1</source>
        <translation>실행 %1 삭제</translation>
    </message>
    <message>
        <source>run %1 was deleted, but its checkpoint could not be: %2</source>
        <translation>실행 %1은(는) 삭제했지만 체크포인트는 삭제하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>데이터베이스 검사</translation>
    </message>
    <message>
        <source>there is no model to save</source>
        <translation>저장할 모델이 없습니다</translation>
    </message>
    <message>
        <source>cannot open the checkpoint (does it exist?)</source>
        <translation>체크포인트를 열 수 없습니다(파일이 있나요?)</translation>
    </message>
    <message>
        <source>not a Sentiment Lab checkpoint (it does not start with SLCKPT01)</source>
        <translation>Sentiment Lab 체크포인트가 아닙니다(SLCKPT01로 시작하지 않음)</translation>
    </message>
    <message>
        <source>checkpoint version %1 is not one this version of Sentiment Lab reads (it reads %2)</source>
        <translation>체크포인트 버전 %1은(는) 이 버전의 Sentiment Lab이 읽지 못합니다(읽을 수 있는 버전: %2)</translation>
    </message>
    <message>
        <source>the checkpoint is truncated (in its %1)</source>
        <translation>체크포인트가 잘렸습니다(%1 부분)</translation>
    </message>
    <message>
        <source>the checkpoint is truncated (its %1 needs %2 bytes, %3 are left)</source>
        <translation>체크포인트가 잘렸습니다(%1에 %2바이트가 필요한데 %3바이트만 남음)</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>메타데이터</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>the vocabulary (%1 entries) does not match the model (%2)</source>
        <translation>어휘(항목 %1개)가 모델(%2)과 맞지 않습니다</translation>
    </message>
    <message>
        <source>the checkpoint names an unknown tokenizer &apos;%1&apos;</source>
        <translation>체크포인트가 알 수 없는 토크나이저 &apos;%1&apos;을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s metadata is malformed: %1</source>
        <translation>체크포인트의 메타데이터 형식이 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s weights cannot be read: %1</source>
        <translation>체크포인트의 가중치를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>unknown precision &apos;%1&apos; (auto, fp32 or bf16)</source>
        <translation>알 수 없는 정밀도 &apos;%1&apos;(auto, fp32, bf16 중 하나)</translation>
    </message>
    <message>
        <source>bf16 inference needs a recurrent LSTM or RNN model on a CPU with AVX-512 BF16; use fp32</source>
        <translation>bf16 추론에는 순환 LSTM 또는 RNN 모델과 AVX-512 BF16을 갖춘 CPU가 필요합니다. fp32를 쓰세요</translation>
    </message>
    <message>
        <source>the dataset has no training reviews to time</source>
        <translation>시간을 잴 학습 리뷰가 데이터셋에 없습니다</translation>
    </message>
    <message>
        <source>the timing was cancelled</source>
        <translation>시간 측정이 취소되었습니다</translation>
    </message>
    <message>
        <source>--device cuda was asked for, but LibTorch sees no CUDA GPU (this build: %1); use --device cpu or auto</source>
        <translation>--device cuda를 요청했지만 LibTorch가 CUDA GPU를 찾지 못했습니다(이 빌드: %1). --device cpu나 auto를 쓰세요</translation>
    </message>
    <message>
        <source>unknown device &apos;%1&apos; (expected auto, cpu or cuda)</source>
        <translation>알 수 없는 장치 &apos;%1&apos;(auto, cpu, cuda 중 하나)</translation>
    </message>
    <message>
        <source>the vectors matrix has %1 rows for a vocabulary of %2</source>
        <translation>어휘 크기는 %2인데 벡터 행렬의 행은 %1개입니다</translation>
    </message>
    <message>
        <source>Epoch %1: the embeddings are now trained too</source>
        <translation>에포크 %1: 이제 임베딩도 학습합니다</translation>
    </message>
    <message>
        <source>training stopped: the loss became NaN in epoch %1, batch %2; try a lower learning rate (now %3) or gradient clipping</source>
        <translation>학습 중단: 에포크 %1, 배치 %2에서 손실이 NaN이 되었습니다. 학습률을 낮추거나(지금 %3) 그래디언트 클리핑을 써 보세요</translation>
    </message>
    <message>
        <source>training stopped: the loss became infinite in epoch %1, batch %2; try a lower learning rate (now %3) or gradient clipping</source>
        <translation>학습 중단: 에포크 %1, 배치 %2에서 손실이 무한대가 되었습니다. 학습률을 낮추거나(지금 %3) 그래디언트 클리핑을 써 보세요</translation>
    </message>
    <message>
        <source>Stopped during epoch %1; its partial results are not kept</source>
        <translation>에포크 %1 도중에 멈췄습니다. 그 에포크의 중간 결과는 남기지 않습니다</translation>
    </message>
    <message>
        <source>unknown optimizer &apos;%1&apos;</source>
        <translation>알 수 없는 옵티마이저 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown learning-rate schedule &apos;%1&apos;</source>
        <translation>알 수 없는 학습률 스케줄 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the training configuration is malformed: %1</source>
        <translation>학습 설정 형식이 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>has more than the %1 bytes of %2 (a different file)</source>
        <translation>%2의 크기인 %1바이트보다 깁니다(다른 파일)</translation>
    </message>
    <message>
        <source>member &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; 항목: %2</translation>
    </message>
    <message>
        <source>not a zip file, or damaged at byte %1</source>
        <translation>zip 파일이 아니거나 %1번째 바이트에서 손상되었습니다</translation>
    </message>
    <message>
        <source>the member is encrypted, which is not supported</source>
        <translation>암호화된 항목은 지원하지 않습니다</translation>
    </message>
    <message>
        <source>the member needs ZIP64, which is not supported</source>
        <translation>이 항목은 ZIP64가 필요한데, 지원하지 않습니다</translation>
    </message>
    <message>
        <source>a stored member without its size cannot be checked while downloading</source>
        <translation>크기가 적히지 않은 비압축 항목은 내려받는 동안 검사할 수 없습니다</translation>
    </message>
    <message>
        <source>the zip ends before its central directory (truncated download?)</source>
        <translation>zip이 중앙 디렉터리 전에 끝납니다(내려받기가 잘렸나요?)</translation>
    </message>
    <message>
        <source>the zip ends inside member &apos;%1&apos; (truncated download?)</source>
        <translation>zip이 &apos;%1&apos; 항목 중간에서 끝납니다(내려받기가 잘렸나요?)</translation>
    </message>
    <message>
        <source>the proxy %1 cannot be reached (%2); check the proxy setting, or open a file you downloaded yourself</source>
        <translation>프록시 %1에 연결할 수 없습니다(%2). 프록시 설정을 확인하거나 직접 내려받은 파일을 여세요</translation>
    </message>
    <message>
        <source>the proxy named in the environment (https_proxy) cannot be reached (%1); open a file you downloaded yourself</source>
        <translation>환경 변수(https_proxy)에 적힌 프록시에 연결할 수 없습니다(%1). 직접 내려받은 파일을 여세요</translation>
    </message>
    <message>
        <source>this run has no stored plan: it was recorded by an older version, which kept its settings for reading only</source>
        <translation>이 실행에는 저장된 계획이 없습니다: 이전 버전에서 기록되어 설정을 읽기 전용으로만 보관했습니다</translation>
    </message>
    <message>
        <source>this run&apos;s plan was written by a newer version of Sentiment Lab</source>
        <translation>이 실행의 계획은 더 새로운 버전의 Sentiment Lab에서 작성되었습니다</translation>
    </message>
    <message>
        <source>unknown tokenizer &apos;%1&apos;</source>
        <translation>알 수 없는 토크나이저 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the stored plan is malformed: %1</source>
        <translation>저장된 계획의 형식이 잘못되었습니다: %1</translation>
    </message>
    <message>
        <source>the stored plan is not valid JSON</source>
        <translation>저장된 계획이 올바른 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>the dataset was prepared for other settings than this experiment&apos;s (vocabulary, tokenizer, bigrams or split)</source>
        <translation>데이터셋이 이 실험과 다른 설정(어휘, 토크나이저, 바이그램 또는 분할)으로 준비되었습니다</translation>
    </message>
    <message>
        <source>the model cannot be built: %1</source>
        <translation>모델을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the run could not be recorded, so it was not trained: %1</source>
        <translation>실행을 기록할 수 없어 학습하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>LibTorch failed: %1</source>
        <translation>LibTorch 실패: %1</translation>
    </message>
    <message>
        <source>training failed: %1</source>
        <translation>학습 실패: %1</translation>
    </message>
    <message>
        <source>%1 is out of range: expected %2</source>
        <translation>%1 값이 범위를 벗어났습니다: %2 이어야 합니다</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1, 단 %2</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>임베딩</translation>
    </message>
    <message>
        <source>%1 layer %2</source>
        <translation>%1 층 %2</translation>
    </message>
    <message>
        <source>%1 layer %2, forward</source>
        <translation>%1 층 %2, 정방향</translation>
    </message>
    <message>
        <source>%1 layer %2, backward</source>
        <translation>%1 층 %2, 역방향</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>Convolution, width %1</source>
        <translation>합성곱, 폭 %1</translation>
    </message>
    <message>
        <source>there is no run store here yet</source>
        <translation>아직 여기에 실행 저장소가 없습니다</translation>
    </message>
    <message>
        <source>is not a run store that this version can read: %1. It was left untouched</source>
        <translation>이 버전이 읽을 수 있는 실행 저장소가 아닙니다: %1. 파일은 그대로 두었습니다</translation>
    </message>
    <message>
        <source>was written by an older Sentiment Lab; open it once with `sentiment-lab-cli runs check` or the app to bring it up to date</source>
        <translation>이전 버전의 Sentiment Lab에서 작성되었습니다. `sentiment-lab-cli runs check`나 앱으로 한 번 열어 최신으로 바꾸세요</translation>
    </message>
    <message>
        <source>cannot write the resume state (disk full?): %1</source>
        <translation>이어서 학습할 상태를 쓸 수 없습니다 (디스크가 가득 찼나요?): %1</translation>
    </message>
    <message>
        <source>cannot read the resume state: %1</source>
        <translation>이어서 학습할 상태를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Continuing after epoch %1</source>
        <translation>에포크 %1 다음부터 이어서 학습합니다</translation>
    </message>
    <message>
        <source>run %1 cannot continue: only a stopped, interrupted or failed run can</source>
        <translation>실행 %1은(는) 이어서 학습할 수 없습니다: 멈췄거나, 중단되었거나, 실패한 실행만 이어갈 수 있습니다</translation>
    </message>
    <message>
        <source>continue run %1</source>
        <translation>실행 %1 이어서 학습</translation>
    </message>
    <message>
        <source>not a course reference: the JSON is malformed here (%1)</source>
        <translation>강의 기준 파일이 아닙니다: 이곳의 JSON 형식이 잘못되었습니다 (%1)</translation>
    </message>
    <message>
        <source>not a course reference: it has no &quot;reference&quot; version</source>
        <translation>강의 기준 파일이 아닙니다: &quot;reference&quot; 버전이 없습니다</translation>
    </message>
    <message>
        <source>this course reference was written for a newer Sentiment Lab (version %1)</source>
        <translation>이 강의 기준 파일은 더 새로운 Sentiment Lab용입니다 (버전 %1)</translation>
    </message>
    <message>
        <source>the course reference lists no presets</source>
        <translation>강의 기준 파일에 프리셋이 없습니다</translation>
    </message>
    <message>
        <source>preset &apos;%1&apos; of the course reference: %2</source>
        <translation>강의 기준 파일의 프리셋 &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&quot;test_accuracy&quot; must be a fraction between 0 and 1</source>
        <translation>&quot;test_accuracy&quot;는 0과 1 사이의 비율이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;test_loss&quot; must be a number</source>
        <translation>&quot;test_loss&quot;는 숫자여야 합니다</translation>
    </message>
    <message>
        <source>&quot;other_test_accuracies&quot; must be a list of fractions</source>
        <translation>&quot;other_test_accuracies&quot;는 비율의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;epochs&quot; must be a list of epochs</source>
        <translation>&quot;epochs&quot;는 에포크의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>each epoch needs train_loss, train_accuracy, valid_loss and valid_accuracy (fractions)</source>
        <translation>각 에포크에는 train_loss, train_accuracy, valid_loss, valid_accuracy(비율)가 있어야 합니다</translation>
    </message>
    <message>
        <source>cannot open the course reference</source>
        <translation>강의 기준 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>the course reference is larger than 1 MiB: not a course reference</source>
        <translation>강의 기준 파일이 1 MiB보다 큽니다: 강의 기준 파일이 아닙니다</translation>
    </message>
    <message>
        <source>within the lecture&apos;s range for %1 (%2): %3</source>
        <translation>강의의 %1 범위 안 (%2): %3</translation>
    </message>
    <message>
        <source>above the lecture&apos;s range for %1 (%2): %3</source>
        <translation>강의의 %1 범위보다 높음 (%2): %3</translation>
    </message>
    <message>
        <source>below the lecture&apos;s range for %1 (%2): %3</source>
        <translation>강의의 %1 범위보다 낮음 (%2): %3</translation>
    </message>
    <message>
        <source>at chance (%1), like the lecture&apos;s %2</source>
        <translation>우연 수준 (%1), 강의의 %2와 같음</translation>
    </message>
    <message>
        <source>at chance (%1): the model has not learned; the lecture&apos;s %2 reached %3</source>
        <translation>우연 수준 (%1): 모델이 학습하지 못했습니다. 강의의 %2는 %3에 도달했습니다</translation>
    </message>
    <message>
        <source>below the lecture&apos;s range for %1 (%2): %3; it fell behind at epoch %4, valid %5 against the lecture&apos;s %6</source>
        <translation>강의의 %1 범위보다 낮음 (%2): %3; 에포크 %4에서 뒤처짐, 검증 %5 (강의 %6)</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be text</source>
        <translation>&quot;name&quot;은 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>the dataset has no review texts to score</source>
        <translation>데이터셋에 평가할 리뷰 글이 없습니다</translation>
    </message>
    <message>
        <source>stopped before every test review was scored</source>
        <translation>모든 테스트 리뷰를 평가하기 전에 멈췄습니다</translation>
    </message>
    <message>
        <source>this dataset is not the one run %1 was tested on (%2, %3 test reviews)</source>
        <translation>이 데이터셋은 실행 %1을(를) 테스트한 데이터셋이 아닙니다 (%2, 테스트 리뷰 %3개)</translation>
    </message>
    <message>
        <source>record the test predictions of run %1</source>
        <translation>실행 %1의 테스트 예측 기록</translation>
    </message>
    <message>
        <source>read the test predictions of run %1</source>
        <translation>실행 %1의 테스트 예측 읽기</translation>
    </message>
    <message>
        <source>Log-count ratios (fixed)</source>
        <translation>로그 빈도 비율(고정)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <source>NBSVM: log-count ratios of %1 n-grams from %2 training reviews (smoothing %3)</source>
        <translation>NBSVM: 훈련 리뷰 %2개에서 n-gram %1개의 로그 빈도 비율을 계산했습니다(평활 %3)</translation>
    </message>
    <message>
        <source>level with the linear baseline (NBSVM, run %1: %2)</source>
        <translation>선형 기준선과 같음(NBSVM, 실행 %1: %2)</translation>
    </message>
    <message>
        <source>%1 points below the linear baseline (NBSVM, run %2: %3)</source>
        <translation>선형 기준선보다 %1포인트 낮음(NBSVM, 실행 %2: %3)</translation>
    </message>
    <message>
        <source>%1 points above the linear baseline (NBSVM, run %2: %3)</source>
        <translation>선형 기준선보다 %1포인트 높음(NBSVM, 실행 %2: %3)</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s n-gram order is out of range</source>
        <translation>체크포인트의 n-gram 차수가 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>run %1 recorded neither a plan nor its dataset and split</source>
        <translation>실행 %1에는 계획도, 데이터셋과 분할도 기록되어 있지 않습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among the %2 words of these vectors</source>
        <translation>&quot;%1&quot;은(는) 이 벡터의 단어 %2개 중에 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the run&apos;s vocabulary</source>
        <translation>&quot;%1&quot;은(는) 실행의 어휘에 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no vector in the file the run is compared with: it started from a random vector</source>
        <translation>&quot;%1&quot;은(는) 비교 대상 파일에 벡터가 없습니다. 무작위 벡터에서 시작했습니다</translation>
    </message>
    <message>
        <source>record the gradient flow of run %1</source>
        <translation>실행 %1의 기울기 흐름 기록</translation>
    </message>
    <message>
        <source>record a new group of runs</source>
        <translation>새 실행 그룹 기록</translation>
    </message>
    <message>
        <source>read the groups of runs</source>
        <translation>실행 그룹 읽기</translation>
    </message>
    <message>
        <source>forget the checkpoint of run %1</source>
        <translation>실행 %1의 체크포인트 지우기</translation>
    </message>
    <message>
        <source>the checkpoint of run %1 could not be deleted: %2</source>
        <translation>실행 %1의 체크포인트를 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>read the checkpoints&apos; paths</source>
        <translation>체크포인트 경로 읽기</translation>
    </message>
    <message>
        <source>add a plan to the run queue</source>
        <translation>실행 대기열에 계획 추가</translation>
    </message>
    <message>
        <source>read the run queue</source>
        <translation>실행 대기열 읽기</translation>
    </message>
    <message>
        <source>there is no entry %1 in the run queue</source>
        <translation>실행 대기열에 항목 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>update the run queue</source>
        <translation>실행 대기열 갱신</translation>
    </message>
    <message>
        <source>the training and validation reviews differ (another dataset, tokenizer or split)</source>
        <translation>학습·검증 리뷰가 다릅니다(다른 데이터셋, 토크나이저 또는 분할)</translation>
    </message>
    <message>
        <source>the vocabulary differs</source>
        <translation>어휘가 다릅니다</translation>
    </message>
    <message>
        <source>the starting word vectors differ</source>
        <translation>시작 단어 벡터가 다릅니다</translation>
    </message>
    <message>
        <source>the plan differs (a setting or the seed)</source>
        <translation>계획이 다릅니다(설정 또는 시드)</translation>
    </message>
    <message>
        <source>the CPU&apos;s vector units differ (%1 against %2): the kernels sum in another order, so the last digits differ and grow over the epochs</source>
        <translation>CPU의 벡터 유닛이 다릅니다(%1 대 %2). 커널이 다른 순서로 더하므로 끝자리가 달라지고 에포크가 지날수록 커집니다</translation>
    </message>
    <message>
        <source>the thread count differs (%1 against %2): sums are split differently</source>
        <translation>스레드 수가 다릅니다(%1 대 %2). 합을 다르게 나눕니다</translation>
    </message>
    <message>
        <source>the precision differs (%1 against %2)</source>
        <translation>정밀도가 다릅니다(%1 대 %2)</translation>
    </message>
    <message>
        <source>the device differs (%1 against %2)</source>
        <translation>장치가 다릅니다(%1 대 %2)</translation>
    </message>
    <message>
        <source>LibTorch differs (%1 against %2)</source>
        <translation>LibTorch 버전이 다릅니다(%1 대 %2)</translation>
    </message>
    <message>
        <source>Sentiment Lab differs (%1 against %2)</source>
        <translation>Sentiment Lab 버전이 다릅니다(%1 대 %2)</translation>
    </message>
    <message>
        <source>the run&apos;s reproducibility card cannot be read: %1</source>
        <translation>실행의 재현성 카드를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>--sweep takes KNOB=V1,V2,... with a knob of %1; not &apos;%2&apos;</source>
        <translation>--sweep은 KNOB=V1,V2,... 형식이며 KNOB은 %1 중 하나입니다. &apos;%2&apos;은(는) 아닙니다</translation>
    </message>
    <message>
        <source>--sweep %1 has no values</source>
        <translation>--sweep %1에 값이 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of %2</source>
        <translation>&apos;%1&apos;은(는) %2의 값이 아닙니다</translation>
    </message>
    <message>
        <source>put run %1 into group %2</source>
        <translation>실행 %1을(를) 그룹 %2에 넣기</translation>
    </message>
    <message>
        <source>the cached tokenized dataset is damaged; it is rebuilt from the source</source>
        <translation>캐시된 토큰화 데이터셋이 손상되었습니다. 원본에서 다시 만듭니다</translation>
    </message>
    <message>
        <source>%1: ignored, a link (symbolic or hard) is not a review</source>
        <translation>%1: 무시함, 링크(심볼릭 또는 하드)는 리뷰가 아닙니다</translation>
    </message>
    <message>
        <source>the cached word vectors are damaged; they are rebuilt from the source</source>
        <translation>캐시된 단어 벡터가 손상되었습니다. 원본에서 다시 만듭니다</translation>
    </message>
    <message>
        <source>a line of %1 values: more than the %2 this reads (is this a vectors file?)</source>
        <translation>값이 %1개인 줄: 읽을 수 있는 %2개보다 많습니다 (벡터 파일이 맞습니까?)</translation>
    </message>
    <message>
        <source>the member claims %1 bytes from %2 compressed ones, more than deflate can give: the file is damaged</source>
        <translation>항목이 압축된 %2바이트에서 %1바이트가 나온다고 하지만 deflate로는 불가능합니다: 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>cannot save &apos;%1&apos;: only float tensors of rank %2 or less are stored</source>
        <translation>&apos;%1&apos;을(를) 저장할 수 없습니다: 차수 %2 이하의 float 텐서만 저장합니다</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s weights are damaged: %1</source>
        <translation>체크포인트의 가중치가 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>the table is truncated</source>
        <translation>표가 잘렸습니다</translation>
    </message>
    <message>
        <source>it claims %1 tensors</source>
        <translation>텐서가 %1개라고 합니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an unknown value type %2</source>
        <translation>&apos;%1&apos;의 값 형식 %2을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has rank %2</source>
        <translation>&apos;%1&apos;의 차수가 %2입니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has sizes larger than the file</source>
        <translation>&apos;%1&apos;의 크기가 파일보다 큽니다</translation>
    </message>
    <message>
        <source>the values of &apos;%1&apos; are truncated</source>
        <translation>&apos;%1&apos;의 값이 잘렸습니다</translation>
    </message>
    <message>
        <source>%1 bytes follow the last tensor</source>
        <translation>마지막 텐서 뒤에 %1바이트가 더 있습니다</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s weights name &apos;%1&apos; twice</source>
        <translation>체크포인트의 가중치에 &apos;%1&apos;이(가) 두 번 있습니다</translation>
    </message>
    <message>
        <source>the checkpoint holds %1 tensors; its model has %2</source>
        <translation>체크포인트에는 텐서가 %1개 있지만 모델에는 %2개가 있습니다</translation>
    </message>
    <message>
        <source>the checkpoint has no &apos;%1&apos;</source>
        <translation>체크포인트에 &apos;%1&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the checkpoint does not have its model&apos;s shape</source>
        <translation>체크포인트의 &apos;%1&apos;이(가) 모델의 모양과 다릅니다</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s weights are too small for its model</source>
        <translation>체크포인트의 가중치가 모델에 비해 너무 작습니다</translation>
    </message>
    <message>
        <source>the checkpoint is damaged: its %1 fail their CRC-32 check</source>
        <translation>체크포인트가 손상되었습니다: %1이(가) CRC-32 검사를 통과하지 못했습니다</translation>
    </message>
    <message>
        <source>the checkpoint is damaged: %1 bytes follow its weights</source>
        <translation>체크포인트가 손상되었습니다: 가중치 뒤에 %1바이트가 더 있습니다</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s model is impossibly large</source>
        <translation>체크포인트의 모델이 불가능할 만큼 큽니다</translation>
    </message>
    <message>
        <source>the checkpoint holds %1 numbers; its model needs %2</source>
        <translation>체크포인트에는 숫자가 %1개 있지만 모델에는 %2개가 필요합니다</translation>
    </message>
    <message>
        <source>the server sent nothing for %1 s after %2; the part is kept in %3 and the next download resumes it</source>
        <translation>서버가 %2 이후 %1초 동안 아무것도 보내지 않았습니다. 받은 부분은 %3에 남겨 두었고 다음 다운로드에서 이어 받습니다</translation>
    </message>
    <message>
        <source>cannot write the resume state (disk full?)</source>
        <translation>이어서 학습할 상태를 쓸 수 없습니다 (디스크가 가득 찼습니까?)</translation>
    </message>
    <message>
        <source>the resume state is damaged (or from an older version); the run cannot continue</source>
        <translation>이어서 학습할 상태가 손상되었거나 이전 버전의 것입니다. 이 실행은 계속할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the resume state</source>
        <translation>이어서 학습할 상태를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the resume state is damaged: %1</source>
        <translation>이어서 학습할 상태가 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>파일을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot put the file in place: %1</source>
        <translation>파일을 제자리에 둘 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the folder cannot be created: %1</source>
        <translation>폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the plan names no dataset: give --data or --demo</source>
        <translation>계획에 데이터셋이 없습니다: --data 또는 --demo를 주십시오</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>읽을 수 없습니다</translation>
    </message>
    <message>
        <source>is not a task file written by train --emit-slurm</source>
        <translation>train --emit-slurm이 쓴 작업 파일이 아닙니다</translation>
    </message>
    <message>
        <source>its plan does not read: %1</source>
        <translation>계획을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>is not a task file written by train --emit-slurm (%1)</source>
        <translation>train --emit-slurm이 쓴 작업 파일이 아닙니다 (%1)</translation>
    </message>
    <message>
        <source>its group has no valid uid</source>
        <translation>그룹에 올바른 uid가 없습니다</translation>
    </message>
    <message>
        <source>is this run store itself: choose another store to import</source>
        <translation>이 실행 저장소 자체입니다: 가져올 다른 저장소를 고르십시오</translation>
    </message>
    <message>
        <source>%1 is not the checkpoint run %2 recorded (its SHA-256 differs); left out</source>
        <translation>%1은(는) 실행 %2이(가) 기록한 체크포인트가 아닙니다 (SHA-256이 다릅니다). 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>the folder for checkpoints cannot be created: %1</source>
        <translation>체크포인트 폴더를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>import the runs of %1</source>
        <translation>%1의 실행을 가져오기</translation>
    </message>
    <message>
        <source>more than one run&apos;s uid starts with %1: give more of it</source>
        <translation>uid가 %1(으)로 시작하는 실행이 여럿입니다: 더 길게 주십시오</translation>
    </message>
    <message>
        <source>there is no run %1 (give a run&apos;s number or its uid)</source>
        <translation>실행 %1이(가) 없습니다 (실행 번호나 uid를 주십시오)</translation>
    </message>
    <message>
        <source>find run %1</source>
        <translation>실행 %1 찾기</translation>
    </message>
    <message>
        <source>the file was already written</source>
        <translation>파일을 이미 썼습니다</translation>
    </message>
    <message>
        <source>cannot create the file (is the folder writable?)</source>
        <translation>파일을 만들 수 없습니다 (폴더에 쓸 수 있습니까?)</translation>
    </message>
    <message>
        <source>cannot write the file (disk full?)</source>
        <translation>파일을 쓸 수 없습니다 (디스크가 가득 찼습니까?)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 에포크</translation>
    </message>
    <message>
        <source>%1 epochs</source>
        <translation>%1 에포크</translation>
    </message>
    <message>
        <source>English (spaCy-like) tokenizer</source>
        <translation>English(spaCy 방식) 토크나이저</translation>
    </message>
    <message>
        <source>basic_english tokenizer</source>
        <translation>basic_english 토크나이저</translation>
    </message>
    <message>
        <source>%1, lower-cased</source>
        <translation>%1, 소문자로 변환</translation>
    </message>
    <message>
        <source>SGD with momentum %1</source>
        <translation>모멘텀 %1인 SGD</translation>
    </message>
    <message>
        <source>, falling linearly to 0</source>
        <translation>, 0까지 선형으로 감소</translation>
    </message>
    <message>
        <source>, gradients clipped at norm %1</source>
        <translation>, 기울기를 노름 %1에서 자름</translation>
    </message>
    <message>
        <source>, at most %1 batches an epoch</source>
        <translation>, 에포크당 최대 %1 배치</translation>
    </message>
    <message>
        <source>Training: %1, learning rate %2%3, batches of %4 reviews, %5 epochs; the weights with the best validation loss are tested.</source>
        <translation>학습: %1, 학습률 %2%3, 배치당 리뷰 %4개, %5 에포크; 검증 손실이 가장 낮은 가중치로 테스트합니다.</translation>
    </message>
    <message>
        <source>Model: a one-layer RNN of %1 hidden units over %2-dimensional word embeddings, classifying from its last hidden state.</source>
        <translation>모델: %2차원 단어 임베딩 위의 은닉 유닛 %1개짜리 1층 RNN, 마지막 은닉 상태로 분류합니다.</translation>
    </message>
    <message>
        <source>Model: a %1-layer%2 %3 of %4 hidden units with dropout %5, over %6-dimensional word embeddings; packed-sequence semantics (padding is never read).</source>
        <translation>모델: %6차원 단어 임베딩 위의 은닉 유닛 %4개, 드롭아웃 %5인 %1층%2 %3; 패킹된 시퀀스와 같은 의미(패딩은 읽지 않음).</translation>
    </message>
    <message>
        <source> bidirectional</source>
        <translation> 양방향</translation>
    </message>
    <message>
        <source>Model: FastText, the average of the %1-dimensional embeddings of a review&apos;s words and bigrams, then one linear layer.</source>
        <translation>모델: FastText, 리뷰의 단어와 바이그램의 %1차원 임베딩 평균 뒤에 선형층 하나.</translation>
    </message>
    <message>
        <source>Model: a CNN of %1 filters of each width (%2 words) over %3-dimensional word embeddings, max-pooled over the review, with dropout %4.</source>
        <translation>모델: %3차원 단어 임베딩 위에서 폭(%2 단어)마다 필터 %1개를 쓰는 CNN, 리뷰 전체에 대해 최대 풀링, 드롭아웃 %4.</translation>
    </message>
    <message>
        <source>Model: NBSVM (Wang &amp; Manning, 2012), logistic regression on a review&apos;s distinct n-grams up to length %1, each weighted by its naive Bayes log-count ratio (smoothing %2)%3.</source>
        <translation>모델: NBSVM(Wang &amp; Manning, 2012). 리뷰에 나오는 길이 %1 이하의 서로 다른 n-gram에 대한 로지스틱 회귀이며, 각 n-gram에는 나이브 베이즈 로그 빈도 비율(평활 %2)로 가중치를 줍니다%3.</translation>
    </message>
    <message>
        <source>, weights interpolated with beta %1</source>
        <translation>, 가중치는 beta %1로 보간</translation>
    </message>
    <message>
        <source>Embeddings: initialised at random.</source>
        <translation>임베딩: 무작위로 초기화.</translation>
    </message>
    <message>
        <source>Embeddings: initialised from %1 (%2 of the vocabulary found there, the rest at random)%3.</source>
        <translation>임베딩: %1에서 초기화(어휘의 %2를 찾음, 나머지는 무작위)%3.</translation>
    </message>
    <message>
        <source>, kept fixed</source>
        <translation>, 고정</translation>
    </message>
    <message>
        <source>, with bigrams</source>
        <translation>, 바이그램 포함</translation>
    </message>
    <message>
        <source>Data: %1 training and %2 validation reviews (IMDb&apos;s training set split with seed %3), %4 test reviews.</source>
        <translation>데이터: 학습 리뷰 %1개와 검증 리뷰 %2개(IMDb 학습 세트를 시드 %3로 분할), 테스트 리뷰 %4개.</translation>
    </message>
    <message>
        <source>Ran in %1 on %2 with %3 threads.</source>
        <translation>%2에서 스레드 %3개로 %1 실행.</translation>
    </message>
    <message>
        <source>%1 %2 × %3%4</source>
        <translation>%1 %2 × %3%4</translation>
    </message>
    <message>
        <source>, bidirectional</source>
        <translation>, 양방향</translation>
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
        <translation>로그 빈도 비율로 가중한 단어, 바이그램, 트라이그램</translation>
    </message>
    <message>
        <source>words and bigrams weighted by log-count ratios</source>
        <translation>로그 빈도 비율로 가중한 단어와 바이그램</translation>
    </message>
    <message>
        <source>words weighted by log-count ratios</source>
        <translation>로그 빈도 비율로 가중한 단어</translation>
    </message>
    <message>
        <source>GloVe %1d</source>
        <translation>GloVe %1차원</translation>
    </message>
    <message>
        <source>random embedding</source>
        <translation>무작위 임베딩</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>파라미터 %1개</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Group %1 (%2 runs): test %3 ± %4 points</source>
        <translation>그룹 %1 (실행 %2개): 테스트 %3 ± %4%p</translation>
    </message>
    <message>
        <source>%1 → %2%3</source>
        <translation>%1 → %2%3</translation>
    </message>
    <message>
        <source> (best)</source>
        <translation> (최고)</translation>
    </message>
    <message>
        <source>split %1, vocabulary %2, vectors %3, plan %4; Sentiment Lab %5, LibTorch %6, %7 on %8, %9 threads</source>
        <translation>분할 %1, 어휘 %2, 벡터 %3, 계획 %4; Sentiment Lab %5, LibTorch %6, %8에서 %7, 스레드 %9개</translation>
    </message>
    <message>
        <source>Recurrent cell:</source>
        <translation>순환 셀:</translation>
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
        <translation>셀</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>층 수:</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>층 수</translation>
    </message>
    <message>
        <source>Hidden units:</source>
        <translation>은닉 유닛:</translation>
    </message>
    <message>
        <source>hidden units</source>
        <translation>은닉 유닛</translation>
    </message>
    <message>
        <source>Bidirectional:</source>
        <translation>양방향:</translation>
    </message>
    <message>
        <source>read both ways</source>
        <translation>양방향으로 읽기</translation>
    </message>
    <message>
        <source>Dropout:</source>
        <translation>드롭아웃:</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>Embedding size:</source>
        <translation>임베딩 크기:</translation>
    </message>
    <message>
        <source>embedding size</source>
        <translation>임베딩 크기</translation>
    </message>
    <message>
        <source>Vectors:</source>
        <translation>벡터:</translation>
    </message>
    <message>
        <source>start from the loaded word vectors</source>
        <translation>불러온 단어 벡터에서 시작</translation>
    </message>
    <message>
        <source>Embedding:</source>
        <translation>임베딩:</translation>
    </message>
    <message>
        <source>freeze the embedding</source>
        <translation>임베딩 고정</translation>
    </message>
    <message>
        <source>Freeze for:</source>
        <translation>고정 기간:</translation>
    </message>
    <message>
        <source>Keep the embedding fixed for the first N epochs, then train it too</source>
        <translation>처음 N 에포크 동안 임베딩을 고정하고, 그다음 함께 학습합니다</translation>
    </message>
    <message>
        <source>never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> 에포크</translation>
    </message>
    <message>
        <source>RNN input:</source>
        <translation>RNN 입력:</translation>
    </message>
    <message>
        <source>Both give each review&apos;s true last state and never look at padding</source>
        <translation>둘 다 각 리뷰의 실제 마지막 상태를 쓰며 패딩은 보지 않습니다</translation>
    </message>
    <message>
        <source>padded, length-bucketed (fast on CPU)</source>
        <translation>패딩, 길이별 버킷 (CPU에서 빠름)</translation>
    </message>
    <message>
        <source>packed sequences (the lecture&apos;s code path, slow on CPU)</source>
        <translation>패킹된 시퀀스 (강의 코드 경로, CPU에서 느림)</translation>
    </message>
    <message>
        <source>N-grams:</source>
        <translation>N-gram:</translation>
    </message>
    <message>
        <source>NBSVM: the features of a review, each counted once however often it occurs</source>
        <translation>NBSVM: 리뷰의 특징. 몇 번 나오든 한 번만 셉니다</translation>
    </message>
    <message>
        <source>words</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>words and bigrams (the paper&apos;s)</source>
        <translation>단어와 바이그램(논문 설정)</translation>
    </message>
    <message>
        <source>words, bigrams and trigrams</source>
        <translation>단어, 바이그램, 트라이그램</translation>
    </message>
    <message>
        <source>Smoothing (alpha):</source>
        <translation>평활(alpha):</translation>
    </message>
    <message>
        <source>NBSVM: added to every n-gram&apos;s count in each class before the log-count ratio (the paper&apos;s 1)</source>
        <translation>NBSVM: 로그 빈도 비율을 구하기 전에 각 클래스의 모든 n-gram 빈도에 더하는 값(논문은 1)</translation>
    </message>
    <message>
        <source>Interpolation (beta):</source>
        <translation>보간(beta):</translation>
    </message>
    <message>
        <source>NBSVM: when predicting, mix each weight with the mean weight magnitude: w&apos; = (1 - beta) * mean|w| + beta * w. 1 = none; the paper&apos;s SVM used 0.25</source>
        <translation>NBSVM: 예측할 때 각 가중치를 가중치 크기의 평균과 섞습니다: w&apos; = (1 - beta) * mean|w| + beta * w. 1 = 섞지 않음; 논문의 SVM은 0.25를 썼습니다</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>옵티마이저:</translation>
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
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>학습률:</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>스케줄:</translation>
    </message>
    <message>
        <source>constant (the lecture)</source>
        <translation>일정 (강의)</translation>
    </message>
    <message>
        <source>linear decay to 0 (fastText)</source>
        <translation>0까지 선형 감소 (fastText)</translation>
    </message>
    <message>
        <source>Momentum (SGD):</source>
        <translation>모멘텀 (SGD):</translation>
    </message>
    <message>
        <source>Gradient clipping:</source>
        <translation>그래디언트 클리핑:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>에포크:</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>배치 크기:</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>시드:</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>장치:</translation>
    </message>
    <message>
        <source>auto (CUDA when available)</source>
        <translation>자동 (가능하면 CUDA)</translation>
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
        <translation>정밀도:</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Diagnostics:</source>
        <translation>진단:</translation>
    </message>
    <message>
        <source>Before training and after each epoch, measure how much gradient reaches each step of a review (recurrent models; the Runs page shows it). It changes none of the run&apos;s numbers.</source>
        <translation>학습 전과 매 에포크 뒤에 리뷰의 각 단계에 도달하는 기울기를 측정합니다(순환 모델; 실행 페이지에 표시). 실행의 수치는 전혀 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Measure the gradient flow</source>
        <translation>기울기 흐름 측정</translation>
    </message>
    <message>
        <source>Max vocabulary:</source>
        <translation>최대 어휘:</translation>
    </message>
    <message>
        <source>Most frequent training tokens kept (FastText and NBSVM: words and n-grams together); the rest become &lt;unk&gt;</source>
        <translation>남길 가장 흔한 훈련 토큰 수(FastText와 NBSVM: 단어와 n-gram 합산). 나머지는 &lt;unk&gt;가 됩니다</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Tokenizer:</source>
        <translation>토크나이저:</translation>
    </message>
    <message>
        <source>English, spaCy-like (the lecture&apos;s)</source>
        <translation>영어, spaCy 방식 (강의)</translation>
    </message>
    <message>
        <source>basic_english (torchtext)</source>
        <translation>basic_english (torchtext)</translation>
    </message>
    <message>
        <source>lower-case every token</source>
        <translation>모든 토큰을 소문자로</translation>
    </message>
    <message>
        <source>Train share:</source>
        <translation>학습 비율:</translation>
    </message>
    <message>
        <source>Share of the 25,000 training reviews trained on; the rest is the validation split. 1: all of them, no validation (the last epoch is tested)</source>
        <translation>훈련 리뷰 25,000개 중 훈련에 쓰는 비율. 나머지는 검증 분할입니다. 1: 모두 사용, 검증 없음(마지막 에폭을 테스트합니다)</translation>
    </message>
    <message>
        <source>Minimum count:</source>
        <translation>최소 등장 횟수:</translation>
    </message>
    <message>
        <source>Leave out tokens seen fewer times than this in the training reviews (they become &lt;unk&gt;); 1 keeps every token, as the lecture</source>
        <translation>학습 리뷰에서 이보다 적게 나온 토큰은 빼고 &lt;unk&gt;로 둡니다. 1이면 강의처럼 모든 토큰을 둡니다</translation>
    </message>
    <message>
        <source>The run store %1 could not be used (%2); it was kept as %3 and a new one was started.</source>
        <translation>실행 기록 저장소 %1을(를) 쓸 수 없어서 (%2) %3(으)로 보관하고 새로 시작했습니다.</translation>
    </message>
    <message>
        <source>no dataset was given: use --data or --demo</source>
        <translation>데이터셋이 주어지지 않았습니다: --data 또는 --demo를 쓰세요</translation>
    </message>
    <message>
        <source>run %1 trained on %2, not on %3: open those reviews to continue it</source>
        <translation>실행 %1은(는) %3이(가) 아니라 %2(으)로 학습했습니다: 이어서 학습하려면 그 리뷰를 여세요</translation>
    </message>
    <message>
        <source>a field is longer than %1 MiB (is this a text file?)</source>
        <translation>필드가 %1 MiB보다 깁니다 (텍스트 파일이 맞나요?)</translation>
    </message>
    <message>
        <source>a quoted field opens here and is never closed</source>
        <translation>따옴표로 시작한 필드가 여기서 열리고 닫히지 않습니다</translation>
    </message>
    <message>
        <source>the label map&apos;s rule &quot;%1&quot; is not LABELS=CLASS (for example 1-4=negative)</source>
        <translation>레이블 매핑 규칙 &quot;%1&quot;이(가) 레이블=클래스 형식이 아닙니다 (예: 1-4=negative)</translation>
    </message>
    <message>
        <source>the label map&apos;s range &quot;%1&quot; runs backwards</source>
        <translation>레이블 매핑의 범위 &quot;%1&quot;이(가) 거꾸로입니다</translation>
    </message>
    <message>
        <source>the label map is empty</source>
        <translation>레이블 매핑이 비어 있습니다</translation>
    </message>
    <message>
        <source>there is no %1 column %2: the file has %3 columns</source>
        <translation>%1 열 %2이(가) 없습니다: 파일의 열은 %3개입니다</translation>
    </message>
    <message>
        <source>there is no column named &quot;%1&quot; for the %2; the columns are: %3</source>
        <translation>%2에 쓸 &quot;%1&quot;이라는 열이 없습니다. 열: %3</translation>
    </message>
    <message>
        <source>cannot tell which column holds the labels: name it (--label-column)</source>
        <translation>어느 열이 레이블인지 알 수 없습니다: 지정하세요 (--label-column)</translation>
    </message>
    <message>
        <source>the text and the label are the same column</source>
        <translation>텍스트와 레이블이 같은 열입니다</translation>
    </message>
    <message>
        <source>it is a binary file, not text</source>
        <translation>텍스트가 아니라 바이너리 파일입니다</translation>
    </message>
    <message>
        <source>cannot tell how the columns are separated (tab, comma, semicolon or bar): name it (--delimiter)</source>
        <translation>열 구분자(탭, 쉼표, 세미콜론, 세로 막대)를 알 수 없습니다: 지정하세요 (--delimiter)</translation>
    </message>
    <message>
        <source>a line is longer than %1 MiB</source>
        <translation>한 줄이 %1 MiB보다 깁니다</translation>
    </message>
    <message>
        <source>this line is not a JSON object</source>
        <translation>이 줄은 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <source>this row has %1 fields where the header has %2 (a stray delimiter or line break?)</source>
        <translation>이 행의 필드는 %1개인데 헤더는 %2개입니다 (구분자나 줄바꿈이 잘못 들어갔나요?)</translation>
    </message>
    <message>
        <source>the split column says &quot;%1&quot;; it can say train, valid or test</source>
        <translation>분할 열의 값이 &quot;%1&quot;입니다. train, valid, test 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>the label map leaves no row (%1 dropped)</source>
        <translation>레이블 매핑 뒤에 남는 행이 없습니다 (%1개 제외)</translation>
    </message>
    <message>
        <source>there is no labelled row</source>
        <translation>레이블이 있는 행이 없습니다</translation>
    </message>
    <message>
        <source>every row has the same label (%1): a classifier needs two classes or more</source>
        <translation>모든 행의 레이블이 같습니다 (%1): 분류기에는 클래스가 둘 이상 필요합니다</translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; has no training example</source>
        <translation>클래스 &quot;%1&quot;에 학습 예가 없습니다</translation>
    </message>
    <message>
        <source>%1 rows were left out: the label map does not name their labels</source>
        <translation>%1개 행을 제외했습니다: 레이블 매핑에 그 레이블이 없습니다</translation>
    </message>
    <message>
        <source>Unicode words (ICU): Korean, Japanese, Chinese, Thai and other scripts</source>
        <translation>유니코드 단어 (ICU): 한국어, 일본어, 중국어, 태국어 등 여러 문자</translation>
    </message>
    <message>
        <source>Unicode word tokenizer (ICU)</source>
        <translation>유니코드 단어 토크나이저 (ICU)</translation>
    </message>
    <message>
        <source>this row has no label (column %1)</source>
        <translation>이 행에는 레이블이 없습니다 (열 %1)</translation>
    </message>
    <message>
        <source>Character n-grams:</source>
        <translation>문자 n-gram:</translation>
    </message>
    <message>
        <source>FastText and NBSVM: each word also adds its pieces of 1 to N characters, marked at the word&apos;s start and end (&quot;&lt;영&quot;, &quot;화를&gt;&quot;). For languages whose words carry particles or endings, such as Korean, the pieces a word shares with its other forms help</source>
        <translation>FastText와 NBSVM: 각 단어가 1~N글자 조각도 더합니다. 단어의 시작과 끝은 표시됩니다(&quot;&lt;영&quot;, &quot;화를&gt;&quot;). 한국어처럼 단어에 조사나 어미가 붙는 언어에서는 한 단어가 다른 형태와 공유하는 조각이 도움이 됩니다</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source> characters</source>
        <translation>글자</translation>
    </message>
    <message>
        <source>character n-grams</source>
        <translation>문자 n-gram</translation>
    </message>
    <message>
        <source>Vocabulary: %1 entries, the most frequent training tokens with &lt;unk&gt; and &lt;pad&gt;; %2%3%4.</source>
        <translation>어휘: %1개 항목, 가장 자주 나오는 학습 토큰과 &lt;unk&gt;, &lt;pad&gt;; %2%3%4.</translation>
    </message>
    <message>
        <source>, with the words&apos; character n-grams of 1 to %1 characters</source>
        <translation>, 단어의 1~%1글자 문자 n-gram 포함</translation>
    </message>
    <message>
        <source>character 1-%1-grams</source>
        <translation>문자 1~%1-gram</translation>
    </message>
    <message>
        <source>it has %1 classes, more than the %2 a model can tell apart here: is the label column the right one? A label map can bin them (for example --label-map &quot;1-4=negative,9-10=positive&quot;)</source>
        <translation>클래스가 %1개로, 여기서 모델이 구별할 수 있는 %2개보다 많습니다: 레이블 열이 맞나요? 레이블 맵으로 묶을 수 있습니다 (예: --label-map &quot;1-4=negative,9-10=positive&quot;)</translation>
    </message>
    <message>
        <source>no row is left for the test: give a test file (--test-data) or more rows</source>
        <translation>테스트에 쓸 행이 남지 않습니다: 테스트 파일(--test-data)을 주거나 행을 늘리세요</translation>
    </message>
    <message>
        <source>the plan names %1 classes for a model of %2</source>
        <translation>계획에는 클래스가 %1개인데 모델은 %2개입니다</translation>
    </message>
    <message>
        <source>the checkpoint names %1 classes for a model of %2</source>
        <translation>체크포인트에는 클래스가 %1개인데 모델은 %2개입니다</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>클래스:</translation>
    </message>
    <message>
        <source>For skewed data (the Naver ratings are 43 % tens): each training review&apos;s loss is weighed by how rare its class is, so that the model does not learn to answer the common class alone. Raises the macro-F1, usually at some cost in accuracy</source>
        <translation>치우친 데이터용(네이버 평점은 43 %가 10점): 학습 리뷰마다 손실에 그 클래스가 얼마나 드문지를 가중해, 모델이 흔한 클래스만 답하도록 배우지 않게 합니다. 대개 정확도를 조금 내주고 macro-F1을 올립니다</translation>
    </message>
    <message>
        <source>weigh each class alike</source>
        <translation>클래스마다 같은 비중으로</translation>
    </message>
    <message>
        <source>the label map names more than %1 classes</source>
        <translation>레이블 맵이 클래스를 %1개보다 많이 정합니다</translation>
    </message>
    <message>
        <source>%1 reviews were left out: the label map does not name their stars</source>
        <translation>리뷰 %1개를 뺐습니다: 레이블 맵이 그 별점을 정하지 않습니다</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>폴더가 아닙니다</translation>
    </message>
    <message>
        <source>has no class folders: put each class&apos;s texts in a folder of its own (positive/, negative/, ...)</source>
        <translation>클래스 폴더가 없습니다: 클래스마다 텍스트를 자기 폴더에 넣으세요 (positive/, negative/, ...)</translation>
    </message>
    <message>
        <source>its class folders hold no files (one text per file)</source>
        <translation>클래스 폴더에 파일이 없습니다 (파일 하나에 텍스트 하나)</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>is longer than %1 MiB: one text per file</source>
        <translation>%1 MiB보다 깁니다: 파일 하나에 텍스트 하나</translation>
    </message>
    <message>
        <source>Call:</source>
        <translation>판정:</translation>
    </message>
    <message>
        <source>How a review&apos;s class is chosen from the model&apos;s probabilities. The likeliest class is right most often (accuracy); for stars, the median of the distribution is on average nearest to the truth (mean absolute error), at some cost in accuracy</source>
        <translation>모델의 확률에서 리뷰의 클래스를 고르는 방법. 가장 가능성 높은 클래스가 가장 자주 맞고(정확도), 별점에서는 분포의 중앙값이 평균적으로 정답에 가장 가깝습니다(평균 절대 오차). 대신 정확도는 조금 떨어집니다</translation>
    </message>
    <message>
        <source>the likeliest class</source>
        <translation>가장 가능성 높은 클래스</translation>
    </message>
    <message>
        <source>the median star (numbered classes)</source>
        <translation>중앙값 별점 (숫자 클래스)</translation>
    </message>
    <message>
        <source>call</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>unknown call &apos;%1&apos; (likeliest or median)</source>
        <translation>알 수 없는 판정 &apos;%1&apos; (likeliest 또는 median)</translation>
    </message>
    <message>
        <source>the median call needs more than two classes that are numbers in order (stars); these are not: call the likeliest class</source>
        <translation>중앙값 판정에는 순서 있는 숫자 클래스(별점)가 셋 이상 필요합니다. 이 클래스들은 그렇지 않으니 가장 가능성 높은 클래스로 판정하세요</translation>
    </message>
    <message>
        <source>%1 rows with an empty text were skipped (the first: %2)</source>
        <translation>텍스트가 빈 행 %1개를 건너뛰었습니다 (첫 번째: %2)</translation>
    </message>
    <message>
        <source>AdamW (decoupled weight decay)</source>
        <translation>AdamW (분리된 가중치 감쇠)</translation>
    </message>
    <message>
        <source>cosine decay to 0 (Transformers)</source>
        <translation>0까지 코사인 감소 (트랜스포머)</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>워밍업:</translation>
    </message>
    <message>
        <source>The learning rate rises linearly from 0 over this share of the run&apos;s batches, then follows the schedule. Transformers need it: their first steps, with Adam&apos;s moments still empty, are the least stable</source>
        <translation>학습률이 실행의 배치 중 이 비율 동안 0에서 선형으로 올라간 뒤 스케줄을 따릅니다. 트랜스포머에는 필요합니다: Adam의 모멘트가 아직 비어 있는 처음 단계가 가장 불안정하기 때문입니다</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>워밍업</translation>
    </message>
    <message>
        <source>Weight decay:</source>
        <translation>가중치 감쇠:</translation>
    </message>
    <message>
        <source>AdamW (weight decay %1)</source>
        <translation>AdamW (가중치 감쇠 %1)</translation>
    </message>
    <message>
        <source>the warm-up share %1 is not between 0 and 0.5</source>
        <translation>워밍업 비율 %1이(가) 0과 0.5 사이가 아닙니다</translation>
    </message>
    <message>
        <source>unknown truncation &apos;%1&apos; (head, tail or head+tail)</source>
        <translation>알 수 없는 자르기 방식 &apos;%1&apos; (head, tail 또는 head+tail)</translation>
    </message>
    <message>
        <source>Max length:</source>
        <translation>최대 길이:</translation>
    </message>
    <message>
        <source>Reviews longer than this are cut (the bag-of-n-grams models read every token). Attention&apos;s cost grows with the square of the length: a Transformer needs a limit</source>
        <translation>이보다 긴 리뷰는 잘립니다 (n-그램 가방 모델은 모든 토큰을 읽습니다). 어텐션의 비용은 길이의 제곱으로 늘어나므로 트랜스포머에는 제한이 필요합니다</translation>
    </message>
    <message>
        <source>whole reviews</source>
        <translation>리뷰 전체</translation>
    </message>
    <message>
        <source>max length</source>
        <translation>최대 길이</translation>
    </message>
    <message>
        <source>Cut long reviews:</source>
        <translation>긴 리뷰 자르기:</translation>
    </message>
    <message>
        <source>keep the start</source>
        <translation>앞부분 유지</translation>
    </message>
    <message>
        <source>keep the end</source>
        <translation>뒷부분 유지</translation>
    </message>
    <message>
        <source>keep a quarter of the start and the end</source>
        <translation>앞의 4분의 1과 뒷부분 유지</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (expected base, advanced, fasttext, cnn, nbsvm or transformer)</source>
        <translation>알 수 없는 프리셋 &apos;%1&apos; (base, advanced, fasttext, cnn, nbsvm 또는 transformer여야 합니다)</translation>
    </message>
    <message>
        <source>a Transformer needs --max-length (1 to 100000): its attention&apos;s memory grows with the square of the length</source>
        <translation>트랜스포머에는 --max-length(1~100000)가 필요합니다: 어텐션의 메모리가 길이의 제곱으로 늘어납니다</translation>
    </message>
    <message>
        <source>Attention heads:</source>
        <translation>어텐션 헤드:</translation>
    </message>
    <message>
        <source>Each head attends with its own share of the width: the embedding size must divide by the number of heads</source>
        <translation>각 헤드는 폭의 자기 몫으로 어텐션합니다: 임베딩 크기가 헤드 수로 나누어떨어져야 합니다</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>헤드</translation>
    </message>
    <message>
        <source>Feed-forward width:</source>
        <translation>피드포워드 폭:</translation>
    </message>
    <message>
        <source>feed-forward width</source>
        <translation>피드포워드 폭</translation>
    </message>
    <message>
        <source>Positions:</source>
        <translation>위치:</translation>
    </message>
    <message>
        <source>learned, one vector per position</source>
        <translation>학습, 위치마다 벡터 하나</translation>
    </message>
    <message>
        <source>fixed sines and cosines</source>
        <translation>고정된 사인과 코사인</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>LayerNorm:</source>
        <translation>LayerNorm:</translation>
    </message>
    <message>
        <source>Before each sub-layer trains more steadily; after it is the original paper&apos;s and BERT&apos;s</source>
        <translation>각 하위 층 앞에 두면 더 안정적으로 학습됩니다; 뒤에 두는 것은 원 논문과 BERT의 방식입니다</translation>
    </message>
    <message>
        <source>before each sub-layer (pre-norm)</source>
        <translation>각 하위 층 앞 (pre-norm)</translation>
    </message>
    <message>
        <source>after each sub-layer (post-norm)</source>
        <translation>각 하위 층 뒤 (post-norm)</translation>
    </message>
    <message>
        <source>LayerNorm</source>
        <translation>LayerNorm</translation>
    </message>
    <message>
        <source>Classify from:</source>
        <translation>분류 입력:</translation>
    </message>
    <message>
        <source>a [CLS] token</source>
        <translation>[CLS] 토큰</translation>
    </message>
    <message>
        <source>the mean of the tokens</source>
        <translation>토큰들의 평균</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>풀링</translation>
    </message>
    <message>
        <source>Model: a Transformer encoder of %1 layers (%2 attention heads, width %3, feed-forward width %4, GELU, %5, dropout %6) over word embeddings with %7 positions, classifying from %8; padding is masked out of attention.</source>
        <translation>모델: %1개 층의 트랜스포머 인코더 (어텐션 헤드 %2개, 폭 %3, 피드포워드 폭 %4, GELU, %5, 드롭아웃 %6), 단어 임베딩과 %7 위치 위에서 %8(으)로 분류합니다; 패딩은 어텐션에서 가려집니다.</translation>
    </message>
    <message>
        <source>LayerNorm before each sub-layer</source>
        <translation>각 하위 층 앞의 LayerNorm</translation>
    </message>
    <message>
        <source>LayerNorm after each sub-layer</source>
        <translation>각 하위 층 뒤의 LayerNorm</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>학습된</translation>
    </message>
    <message>
        <source>sinusoidal</source>
        <translation>사인파</translation>
    </message>
    <message>
        <source>the mean of its tokens</source>
        <translation>토큰들의 평균</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (expected base, advanced, fasttext, cnn, nbsvm or transformer)</source>
        <translation>알 수 없는 모델 &apos;%1&apos; (base, advanced, fasttext, cnn, nbsvm 또는 transformer여야 합니다)</translation>
    </message>
    <message>
        <source>unknown positions &apos;%1&apos; (expected learned or sinusoidal)</source>
        <translation>알 수 없는 위치 방식 &apos;%1&apos; (learned 또는 sinusoidal이어야 합니다)</translation>
    </message>
    <message>
        <source>unknown pooling &apos;%1&apos; (expected cls or mean)</source>
        <translation>알 수 없는 풀링 &apos;%1&apos; (cls 또는 mean이어야 합니다)</translation>
    </message>
    <message>
        <source>unknown norm &apos;%1&apos; (pre or post)</source>
        <translation>알 수 없는 정규화 &apos;%1&apos; (pre 또는 post)</translation>
    </message>
    <message>
        <source>Positions (learned)</source>
        <translation>위치 (학습)</translation>
    </message>
    <message>
        <source>[CLS] vector</source>
        <translation>[CLS] 벡터</translation>
    </message>
    <message>
        <source>Encoder layer %1, attention</source>
        <translation>인코더 층 %1, 어텐션</translation>
    </message>
    <message>
        <source>Encoder layer %1, feed-forward</source>
        <translation>인코더 층 %1, 피드포워드</translation>
    </message>
    <message>
        <source>Encoder layer %1, two LayerNorms</source>
        <translation>인코더 층 %1, LayerNorm 두 개</translation>
    </message>
    <message>
        <source>Final LayerNorm</source>
        <translation>마지막 LayerNorm</translation>
    </message>
    <message>
        <source>a Transformer needs a maximum length (--max-length): its attention&apos;s memory grows with the square of the length</source>
        <translation>트랜스포머에는 최대 길이(--max-length)가 필요합니다: 어텐션의 메모리가 길이의 제곱으로 늘어납니다</translation>
    </message>
    <message>
        <source>Training in bfloat16: the recurrent or encoder layers&apos; matrix products in bf16 with float sums; weights, gradients and Adam&apos;s state in float</source>
        <translation>bfloat16으로 학습합니다: 순환 층이나 인코더 층의 행렬곱은 bf16(합은 float), 가중치·그래디언트·Adam 상태는 float입니다</translation>
    </message>
    <message>
        <source>Training in float32: bf16 training needs a CPU with AVX-512 BF16 or AMX and a recurrent model on padded input or a Transformer</source>
        <translation>float32로 학습합니다: bf16 학습에는 AVX-512 BF16이나 AMX가 있는 CPU와, 패딩 입력의 순환 모델 또는 트랜스포머가 필요합니다</translation>
    </message>
    <message>
        <source>is not a safetensors file: %1 bytes, too short for its header length</source>
        <translation>safetensors 파일이 아닙니다: %1바이트로, 헤더 길이를 담기에도 짧습니다</translation>
    </message>
    <message>
        <source>its header says it is %1 bytes long, more than the format allows (100 MB): the file is damaged or not safetensors</source>
        <translation>헤더 길이가 %1바이트라고 되어 있어 형식의 한도(100 MB)를 넘습니다: 파일이 손상되었거나 safetensors가 아닙니다</translation>
    </message>
    <message>
        <source>is truncated: its header says %1 bytes, but only %2 follow</source>
        <translation>잘려 있습니다: 헤더는 %1바이트라고 하지만 %2바이트만 뒤따릅니다</translation>
    </message>
    <message>
        <source>its header is not a JSON object (damaged, or not safetensors)</source>
        <translation>헤더가 JSON 객체가 아닙니다 (손상되었거나 safetensors가 아님)</translation>
    </message>
    <message>
        <source>its __metadata__ is not an object of strings</source>
        <translation>__metadata__가 문자열들의 객체가 아닙니다</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; in its header lacks a dtype, a shape or two data offsets</source>
        <translation>헤더의 텐서 &apos;%1&apos;에 dtype, shape 또는 두 개의 data offset이 없습니다</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has the unknown dtype &apos;%2&apos;</source>
        <translation>텐서 &apos;%1&apos;의 dtype &apos;%2&apos;은(는) 알 수 없는 형식입니다</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has a shape that is not whole numbers</source>
        <translation>텐서 &apos;%1&apos;의 shape가 자연수가 아닙니다</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; lies outside the file&apos;s %2 bytes of data (damaged or truncated)</source>
        <translation>텐서 &apos;%1&apos;이(가) 파일의 데이터 %2바이트 밖에 있습니다 (손상되었거나 잘림)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: its shape needs %2 bytes of %3, its offsets give %4</source>
        <translation>텐서 &apos;%1&apos;: shape에는 %3 %2바이트가 필요한데 offset은 %4바이트를 줍니다</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; starts at byte %2 of the data, where %3 was expected: the offsets overlap or leave a hole</source>
        <translation>텐서 &apos;%1&apos;이(가) 데이터의 %2번째 바이트에서 시작하는데 %3이어야 합니다: offset이 겹치거나 빈틈이 있습니다</translation>
    </message>
    <message>
        <source>its tensors cover %1 of its %2 bytes of data (damaged, or bytes appended)</source>
        <translation>텐서들이 데이터 %2바이트 중 %1바이트만 덮습니다 (손상되었거나 바이트가 덧붙음)</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::AttentionPanel</name>
    <message>
        <source>Heat map</source>
        <translation>히트맵</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>선</translation>
    </message>
    <message>
        <source>Attention of</source>
        <translation>어텐션:</translation>
    </message>
    <message>
        <source>as</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>층 %1</translation>
    </message>
    <message>
        <source>all layers (rollout)</source>
        <translation>모든 층 (롤아웃)</translation>
    </message>
    <message>
        <source>mean of the heads</source>
        <translation>헤드 평균</translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>헤드 %1</translation>
    </message>
    <message>
        <source>reads this token</source>
        <translation>이 토큰을 읽음</translation>
    </message>
    <message>
        <source>token</source>
        <translation>토큰</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Read most by the classifier&lt;/b&gt; (attention rollout over %n layer(s)): %1.</source>
        <translation>
            <numerusform>&lt;b&gt;분류기가 가장 많이 읽는 토큰&lt;/b&gt; (%n개 층의 어텐션 롤아웃): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Move the verdict most&lt;/b&gt; (occlusion): %1. Rank correlation of the two over the %2 tokens: %3.</source>
        <translation>&lt;b&gt;판정을 가장 많이 움직이는 토큰&lt;/b&gt; (가림): %1. %2개 토큰에서 둘의 순위 상관: %3.</translation>
    </message>
    <message>
        <source>Attention is not an explanation by itself: it shows where the model looks, not what decides. A token can be read much and change nothing, or little and decide the verdict; compare with the importance colours above.</source>
        <translation>어텐션만으로는 설명이 되지 않습니다: 모델이 어디를 보는지 보여 줄 뿐, 무엇이 결정하는지는 아닙니다. 많이 읽혀도 아무것도 바꾸지 않는 토큰도, 적게 읽혀도 판정을 가르는 토큰도 있습니다; 위의 중요도 색과 비교해 보세요.</translation>
    </message>
    <message>
        <source>click a token on the left: its lines alone</source>
        <translation>왼쪽 토큰을 누르면 그 토큰의 선만 보입니다</translation>
    </message>
    <message>
        <source>click it again: every token&apos;s lines</source>
        <translation>다시 누르면 모든 토큰의 선이 보입니다</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::ComparisonCurves</name>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::DataPage</name>
    <message>
        <source>No dataset loaded</source>
        <translation>불러온 데이터셋 없음</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>폴더 열기…</translation>
    </message>
    <message>
        <source>Use demo sample</source>
        <translation>데모 샘플 사용</translation>
    </message>
    <message>
        <source>Download IMDb…</source>
        <translation>IMDb 내려받기…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>부정</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Count in train</source>
        <translation>학습 세트 빈도</translation>
    </message>
    <message>
        <source>tokens per review</source>
        <translation>리뷰당 토큰 수</translation>
    </message>
    <message>
        <source>reviews</source>
        <translation>리뷰</translation>
    </message>
    <message>
        <source>Reviews per split (seeded 70/30 train/validation split)</source>
        <translation>분할별 리뷰 수 (시드 고정 70/30 학습/검증 분할)</translation>
    </message>
    <message>
        <source>Review lengths</source>
        <translation>리뷰 길이</translation>
    </message>
    <message>
        <source>Most common tokens</source>
        <translation>가장 흔한 토큰</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>리뷰</translation>
    </message>
    <message>
        <source>Word vectors</source>
        <translation>단어 벡터</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Demo sample (3,000 real IMDb reviews)</source>
        <translation>데모 샘플 (실제 IMDb 리뷰 3,000개)</translation>
    </message>
    <message>
        <source>Vocabulary: %1 entries · %2 tokens · padding %3 % with bucketing (random batches: %4 %) · loaded in %5 s%6</source>
        <translation>어휘: %1개 · 토큰 %2개 · 버킷 배치 패딩 %3 % (무작위 배치: %4 %) · %5초 만에 불러옴%6</translation>
    </message>
    <message>
        <source> (from cache)</source>
        <translation> (캐시에서)</translation>
    </message>
    <message>
        <source>Median %1 tokens, longest %2; the last bar counts every review of %3 tokens or more</source>
        <translation>중앙값 %1 토큰, 최장 %2; 마지막 막대는 %3 토큰 이상인 리뷰를 모두 셉니다</translation>
    </message>
    <message>
        <source>Train split: median %1 tokens, longest %2</source>
        <translation>학습 분할: 중앙값 %1 토큰, 최장 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): %1</source>
        <translation>
            <numerusform>경고 %n개: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the dataset:</source>
        <translation>데이터셋을 불러올 수 없습니다:</translation>
    </message>
    <message>
        <source>Reading reviews</source>
        <translation>리뷰 읽는 중</translation>
    </message>
    <message>
        <source>Tokenizing</source>
        <translation>토큰화 중</translation>
    </message>
    <message>
        <source>Building the vocabulary</source>
        <translation>어휘 만드는 중</translation>
    </message>
    <message>
        <source>Reading the cache</source>
        <translation>캐시 읽는 중</translation>
    </message>
    <message>
        <source>Reading word vectors</source>
        <translation>단어 벡터 읽는 중</translation>
    </message>
    <message>
        <source>Open a dataset</source>
        <translation>데이터셋 열기</translation>
    </message>
    <message>
        <source>IMDb archive (*.tar.gz *.tgz *.tar *.zip);;Labelled texts: CSV, TSV, NSMC&apos;s .txt, JSON Lines (*.csv *.tsv *.txt *.jsonl *.ndjson *.gz);;All files (*)</source>
        <translation>IMDb 압축 파일 (*.tar.gz *.tgz *.tar *.zip);;레이블이 있는 텍스트: CSV, TSV, NSMC의 .txt, JSON Lines (*.csv *.tsv *.txt *.jsonl *.ndjson *.gz);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open dataset…</source>
        <translation>데이터셋 열기…</translation>
    </message>
    <message>
        <source>aclImdb_v1.tar.gz as downloaded, or your own labelled texts: CSV, TSV, NSMC&apos;s .txt, JSON Lines</source>
        <translation>내려받은 aclImdb_v1.tar.gz, 또는 직접 만든 레이블 텍스트: CSV, TSV, NSMC의 .txt, JSON Lines</translation>
    </message>
    <message>
        <source>Most letters are %1 (%2 %): the Unicode tokenizer splits them by their own word boundaries. Choose it on the Model page (Tokenizer › Unicode words). With FastText or NBSVM, character n-grams help too where words carry particles or endings (Character n-grams: 3).</source>
        <translation>대부분의 글자가 %1입니다 (%2 %): 유니코드 토크나이저는 그 문자의 단어 경계로 나눕니다. 모델 페이지에서 고르세요 (토크나이저 › 유니코드 단어). FastText나 NBSVM에서는 단어에 조사나 어미가 붙는 경우 문자 n-gram도 도움이 됩니다 (문자 n-gram: 3).</translation>
    </message>
    <message>
        <source>The extracted aclImdb folder, or a folder with one sub-folder per class (one text per file; train/ and test/ above them optional)</source>
        <translation>압축을 푼 aclImdb 폴더, 또는 클래스마다 하위 폴더가 있는 폴더 (파일 하나에 텍스트 하나; 그 위의 train/과 test/는 선택)</translation>
    </message>
    <message>
        <source>Open aclImdb or a folder of class folders</source>
        <translation>aclImdb 또는 클래스 폴더들이 든 폴더 열기</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::DatasetController</name>
    <message>
        <source>Loading %1 failed: %2</source>
        <translation>%1 불러오기 실패: %2</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>불러오기 실패: %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>%1 불러오는 중</translation>
    </message>
    <message>
        <source>Loaded %1: vocabulary %2, %3 s (from the cache)</source>
        <translation>%1 불러옴: 어휘 %2개, %3초(캐시에서)</translation>
    </message>
    <message>
        <source>Loaded %1: vocabulary %2, %3 s</source>
        <translation>%1 불러옴: 어휘 %2개, %3초</translation>
    </message>
    <message>
        <source>Vectors %1: %2 words of %3 dimensions, %4 % of the vocabulary found</source>
        <translation>벡터 %1: %3차원 단어 %2개, 어휘의 %4%를 찾음</translation>
    </message>
    <message>
        <source>Loading vectors %1</source>
        <translation>벡터 %1 불러오는 중</translation>
    </message>
    <message>
        <source>the demo sample</source>
        <translation>데모 샘플</translation>
    </message>
    <message>
        <source>open %1 on the Data page</source>
        <translation>데이터 페이지에서 %1을(를) 여세요</translation>
    </message>
    <message>
        <source>it trains on %1: open it on the Data page</source>
        <translation>이 실행은 %1(으)로 학습합니다: 데이터 페이지에서 여세요</translation>
    </message>
    <message>
        <source>it starts from the vectors %1: open them on the Data page</source>
        <translation>이 실행은 벡터 %1에서 시작합니다: 데이터 페이지에서 여세요</translation>
    </message>
    <message>
        <source>it reads %1 with other columns, labels or split: open it again on the Data page</source>
        <translation>%1을(를) 다른 열, 레이블 또는 분할로 읽습니다: 데이터 페이지에서 다시 여세요</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::DifferencesTable</name>
    <message>
        <source>Setting</source>
        <translation>설정</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::DownloadBar</name>
    <message>
        <source>Downloads %1 (%2) from %3 — only when you click</source>
        <translation>%3에서 %1 (%2)을(를) 내려받습니다 — 누를 때만</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>내려받기 취소</translation>
    </message>
    <message>
        <source>Saved and checked: %1</source>
        <translation>저장하고 확인함: %1</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>%1 내려받기</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>checking %1 %</source>
        <translation>확인 중 %1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 중 %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/초</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 남음</translation>
    </message>
    <message>
        <source>Download %1 (%2) from %3 into %4?

Proxy: %5 (File &gt; Network proxy…)

An interrupted download resumes where it stopped. The file is checked against its published size and checksum while it arrives, and gets its name only when it passes.</source>
        <translation>%1(%2)을(를) %3에서 %4(으)로 내려받을까요?

프록시: %5 (파일 &gt; 네트워크 프록시…)

중단된 내려받기는 멈춘 곳에서 이어 받습니다. 파일은 받는 동안 공개된 크기와 체크섬으로 검사하며, 검사를 통과해야 이름을 얻습니다.</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::EmbeddingPage</name>
    <message>
        <source>Words are points in the embedding: words used alike lie close together. Ask which words lie nearest to one (cosine similarity: 1 is the same direction, 0 unrelated), complete an analogy (king − man + woman ≈ queen), or see how training moved a word: its neighbours in GloVe beside its neighbours after a run trained on the reviews.</source>
        <translation>임베딩에서 단어는 점입니다. 비슷하게 쓰이는 단어는 가까이 놓입니다. 어떤 단어에 가장 가까운 단어(코사인 유사도: 1은 같은 방향, 0은 무관), 유추(king − man + woman ≈ queen)를 찾거나, 학습이 단어를 어떻게 옮겼는지 보세요: GloVe에서의 이웃과 리뷰로 학습한 뒤의 이웃을 나란히 보여 줍니다.</translation>
    </message>
    <message>
        <source>Word vectors (loaded on the Data page)</source>
        <translation>단어 벡터(데이터 페이지에서 불러옴)</translation>
    </message>
    <message>
        <source>A run&apos;s trained embedding</source>
        <translation>실행의 학습된 임베딩</translation>
    </message>
    <message>
        <source>How training moved a word: GloVe beside the run</source>
        <translation>학습이 단어를 옮긴 방식: GloVe와 실행 비교</translation>
    </message>
    <message>
        <source>Nearest words to</source>
        <translation>가장 가까운 단어:</translation>
    </message>
    <message>
        <source>Analogy</source>
        <translation>유추</translation>
    </message>
    <message>
        <source>a word</source>
        <translation>단어</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>How many words:</source>
        <translation>단어 수:</translation>
    </message>
    <message>
        <source>Search in:</source>
        <translation>검색 대상:</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>실행:</translation>
    </message>
    <message>
        <source>nearest-words</source>
        <translation>nearest-words</translation>
    </message>
    <message>
        <source>Loading run %1&apos;s embedding…</source>
        <translation>실행 %1의 임베딩을 불러오는 중…</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>실행 %1: %2</translation>
    </message>
    <message>
        <source>No word vectors are loaded: open GloVe on the Data page (glove.6B.100d.txt, or glove.6B.zip).</source>
        <translation>불러온 단어 벡터가 없습니다. 데이터 페이지에서 GloVe(glove.6B.100d.txt 또는 glove.6B.zip)를 여세요.</translation>
    </message>
    <message>
        <source>No completed run with a word embedding yet: train one on the Train page.</source>
        <translation>단어 임베딩이 있는 완료된 실행이 아직 없습니다. 학습 페이지에서 하나 학습하세요.</translation>
    </message>
    <message>
        <source>Choose a run whose embedding to search.</source>
        <translation>임베딩을 검색할 실행을 고르세요.</translation>
    </message>
    <message>
        <source> · from %1</source>
        <translation> · %1에서 시작</translation>
    </message>
    <message>
        <source>Type three words: a − b + c.</source>
        <translation>단어 세 개를 입력하세요: a − b + c.</translation>
    </message>
    <message>
        <source>Type a word.</source>
        <translation>단어를 입력하세요.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>실행 %1</translation>
    </message>
    <message>
        <source>In GloVe</source>
        <translation>GloVe에서</translation>
    </message>
    <message>
        <source>In GloVe, among the run&apos;s words</source>
        <translation>GloVe에서(실행의 단어 중)</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <source>After training (%1)</source>
        <translation>학습 후(%1)</translation>
    </message>
    <message>
        <source>In the trained embedding (%1)</source>
        <translation>학습된 임베딩에서(%1)</translation>
    </message>
    <message>
        <source>In the word vectors</source>
        <translation>단어 벡터에서</translation>
    </message>
    <message>
        <source>New: not among the word&apos;s neighbours before training</source>
        <translation>새 이웃: 학습 전에는 이 단어의 이웃이 아니었습니다</translation>
    </message>
    <message>
        <source>How training moved %1: %2 of its %3 nearest words are still its neighbours (new ones in bold); its trained vector points %4 the way its GloVe vector did (cosine %5). %6 ms.</source>
        <translation>학습이 %1을(를) 옮긴 방식: 가장 가까운 단어 %3개 중 %2개가 여전히 이웃입니다(새 이웃은 굵게). 학습된 벡터는 GloVe 벡터와 %4 같은 방향을 가리킵니다(코사인 %5). %6 ms.</translation>
    </message>
    <message>
        <source>almost exactly</source>
        <translation>거의 정확히</translation>
    </message>
    <message>
        <source>mostly</source>
        <translation>대체로</translation>
    </message>
    <message>
        <source>only partly</source>
        <translation>일부만</translation>
    </message>
    <message>
        <source>The %1 words nearest to %2 (%3 ms).</source>
        <translation>%2에 가장 가까운 단어 %1개(%3 ms).</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::EpochTable</name>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Train Loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <source>Train Acc</source>
        <translation>학습 정확도</translation>
    </message>
    <message>
        <source>Val. Loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <source>Val. Acc</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <source>Epoch Time</source>
        <translation>에포크 시간</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Test Loss: %1 | Test Acc: %2</source>
        <translation>Test Loss: %1 | Test Acc: %2</translation>
    </message>
    <message>
        <source>Val. Macro-F1</source>
        <translation>검증 매크로 F1</translation>
    </message>
    <message>
        <source> | Test Macro-F1: %1</source>
        <translation> | 테스트 매크로 F1: %1</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::ErrorAnalysisPanel</name>
    <message>
        <source>positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>부정</translation>
    </message>
    <message>
        <source>Score the test set now</source>
        <translation>지금 테스트 세트 평가</translation>
    </message>
    <message>
        <source>Score every test review of the loaded dataset with this run&apos;s model and keep the predictions with the run</source>
        <translation>불러온 데이터셋의 모든 테스트 리뷰를 이 실행의 모델로 평가하고 예측을 실행과 함께 보관합니다</translation>
    </message>
    <message>
        <source>called positive</source>
        <translation>긍정으로 판정</translation>
    </message>
    <message>
        <source>called negative</source>
        <translation>부정으로 판정</translation>
    </message>
    <message>
        <source>Rows: what the review is; columns: what the model called it. Each cell: reviews, and their share of the row</source>
        <translation>행: 리뷰의 실제 레이블; 열: 모델의 판정. 각 칸: 리뷰 수와 그 행에서의 비율</translation>
    </message>
    <message>
        <source>review length (tokens)</source>
        <translation>리뷰 길이 (토큰)</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>확신</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Is</source>
        <translation>실제</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>토큰</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>리뷰</translation>
    </message>
    <message>
        <source>The reviews the model got wrong, the ones it was surest of first. Double-click one to see it on the Predict page with its word importance.</source>
        <translation>모델이 틀린 리뷰, 가장 확신했던 것부터. 두 번 클릭하면 예측 페이지에서 단어 중요도와 함께 봅니다.</translation>
    </message>
    <message>
        <source>Open on the Predict page</source>
        <translation>예측 페이지에서 열기</translation>
    </message>
    <message>
        <source>Mistakes, the surest first:</source>
        <translation>오답, 가장 확신했던 것부터:</translation>
    </message>
    <message>
        <source>Select one run with a test result to see where its model is wrong.</source>
        <translation>테스트 결과가 있는 실행 하나를 고르면 모델이 어디서 틀리는지 봅니다.</translation>
    </message>
    <message>
        <source>Scoring the test set: %1 of %2 reviews…</source>
        <translation>테스트 세트 평가 중: 리뷰 %2개 중 %1개…</translation>
    </message>
    <message>
        <source>Run %1 was recorded without its test predictions. Score its test set with the loaded dataset to see where it is wrong (a few minutes for IMDb).</source>
        <translation>실행 %1은(는) 테스트 예측 없이 기록되었습니다. 불러온 데이터셋으로 테스트 세트를 평가하면 어디서 틀리는지 봅니다(IMDb는 몇 분).</translation>
    </message>
    <message>
        <source>Run %1 was recorded without its test predictions. Load its dataset on the Data page to score them.</source>
        <translation>실행 %1은(는) 테스트 예측 없이 기록되었습니다. 데이터 페이지에서 데이터셋을 불러오면 평가할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1: %2 test reviews, %3 right; of the reviews called positive, %4 are (precision).</source>
        <translation>%1: 테스트 리뷰 %2개, %3 맞춤; 긍정으로 판정한 리뷰 중 %4가 실제로 긍정(정밀도).</translation>
    </message>
    <message>
        <source>positive (%1)</source>
        <translation>긍정 (%1)</translation>
    </message>
    <message>
        <source>negative (%1)</source>
        <translation>부정 (%1)</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>, rated %1/10</source>
        <translation>, 평점 %1/10</translation>
    </message>
    <message>
        <source>A test review the model got wrong (%1): it is %2%3; the model was %4 sure it is %5.</source>
        <translation>모델이 틀린 테스트 리뷰 (%1): 실제는 %2%3; 모델은 %4 확신으로 %5(이)라 했습니다.</translation>
    </message>
    <message>
        <source>Scored alone here, this model&apos;s figure differs a little from the test pass, which read the review padded in a batch.</source>
        <translation>여기서는 리뷰 하나만 평가하므로, 배치 안에서 패딩된 채로 읽은 테스트 평가와 수치가 조금 다릅니다.</translation>
    </message>
    <message>
        <source>%1 called %2 (%3)</source>
        <translation>%1을(를) %2(으)로 판정 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 test reviews in %3 classes, %4 right; macro-F1 %5. Most confused: %6.</source>
        <translation>%1: 클래스 %3개의 테스트 리뷰 %2개, %4 맞힘; macro-F1 %5. 가장 많이 헷갈린 쌍: %6.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>called %1</source>
        <translation>%1(으)로 판정</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 reviews of %2 called %3</source>
        <translation>%2 리뷰 %1개를 %3(으)로 판정</translation>
    </message>
    <message>
        <source>Rows: what the review is; columns: the class the model called it; each cell: its share of the row (hover for the count)</source>
        <translation>행: 리뷰의 실제 클래스; 열: 모델이 판정한 클래스; 각 칸: 그 행에서의 비율 (개수는 마우스를 올리면 보입니다)</translation>
    </message>
    <message>
        <source>Mistakes of %1 called %2, the surest first (click the diagonal for all):</source>
        <translation>%1을(를) %2(으)로 판정한 오류, 가장 확신한 것부터 (대각선을 누르면 전체):</translation>
    </message>
    <message>
        <source>Mistakes, the surest first (click a cell of the matrix for one pair&apos;s):</source>
        <translation>오류, 가장 확신한 것부터 (행렬의 칸을 누르면 그 쌍만):</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::ExperimentChoice</name>
    <message>
        <source>Base RNN (lecture)</source>
        <translation>기본 RNN (강의)</translation>
    </message>
    <message>
        <source>Advanced BiLSTM (lecture)</source>
        <translation>고급 BiLSTM (강의)</translation>
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
        <translation>NBSVM(선형 기준선)</translation>
    </message>
    <message>
        <source>Transformer encoder</source>
        <translation>트랜스포머 인코더</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::GradientFlowPanel</name>
    <message>
        <source>Vanishing gradients: training changes a weight by how much the loss would change with it. For a word early in a review, that signal has to travel back through every later step of the recurrence, and a plain tanh RNN multiplies it by a factor below 1 at each step: after a few dozen steps almost nothing is left, so the model cannot learn from the start of a review, and the base RNN stays at chance. An LSTM&apos;s cell state adds instead of multiplying, so the gradient reaches far back. The chart shows, on a log scale, how much gradient (‖∂Loss/∂h_t‖) reaches the step t steps before the state the classifier reads.</source>
        <translation>기울기 소실: 학습은 가중치를 바꿨을 때 손실이 얼마나 변하는지에 따라 가중치를 바꿉니다. 리뷰 앞부분의 단어라면 그 신호가 순환의 뒤쪽 단계를 모두 거슬러 와야 하는데, 단순한 tanh RNN은 단계마다 1보다 작은 수를 곱합니다. 수십 단계 뒤에는 거의 아무것도 남지 않으므로 모델은 리뷰의 앞부분에서 배우지 못하고, 기본 RNN은 우연 수준에 머뭅니다. LSTM의 셀 상태는 곱하는 대신 더하므로 기울기가 멀리까지 전달됩니다. 차트는 분류기가 읽는 상태보다 t단계 앞의 단계에 도달하는 기울기(‖∂Loss/∂h_t‖)를 로그 눈금으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Steps before the state the classifier reads</source>
        <translation>분류기가 읽는 상태보다 앞선 단계 수</translation>
    </message>
    <message>
        <source>run %1 (%2)</source>
        <translation>실행 %1 (%2)</translation>
    </message>
    <message>
        <source>%1, before training</source>
        <translation>%1, 학습 전</translation>
    </message>
    <message>
        <source>%1, after epoch %2</source>
        <translation>%1, 에포크 %2 후</translation>
    </message>
    <message>
        <source>; 50 steps back %1 of it arrives</source>
        <translation>; 50단계 앞에는 그중 %1이(가) 도달합니다</translation>
    </message>
    <message>
        <source>%1: a thousandth of the gradient still reaches %2 steps back%3.</source>
        <translation>%1: 기울기의 천분의 일이 %2단계 앞까지 도달합니다%3.</translation>
    </message>
    <message>
        <source>Not measured for %1: tick &quot;Measure the gradient flow&quot; on the Model page (CLI: train --gradient-flow) and train again.</source>
        <translation>%1은(는) 측정하지 않았습니다. 모델 페이지에서 &quot;기울기 흐름 측정&quot;을 선택하고(CLI: train --gradient-flow) 다시 학습하세요.</translation>
    </message>
    <message>
        <source>Select runs to see how much gradient reaches each step.</source>
        <translation>실행을 선택하면 각 단계에 도달하는 기울기를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>‖∂Loss/∂h_t‖ (log scale)</source>
        <translation>‖∂Loss/∂h_t‖ (로그 눈금)</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::LogDock</name>
    <message>
        <source>Log</source>
        <translation>로그</translation>
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
        <translation>데이터(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>모델(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>실행 기록(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Predict</source>
        <translation>예측(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open IMDb &amp;folder…</source>
        <translation>IMDb 폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>Use &amp;demo sample</source>
        <translation>데모 샘플 사용(&amp;D)</translation>
    </message>
    <message>
        <source>Open word &amp;vectors…</source>
        <translation>단어 벡터 열기(&amp;V)…</translation>
    </message>
    <message>
        <source>Save screenshot of the &amp;window…</source>
        <translation>창 스크린샷 저장(&amp;W)…</translation>
    </message>
    <message>
        <source>Save screenshot of this &amp;page…</source>
        <translation>이 페이지 스크린샷 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Sentiment Lab</source>
        <translation>Sentiment Lab 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Sentiment Lab</source>
        <translation>Sentiment Lab 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sentiment Lab&lt;/b&gt; %1&lt;br&gt;Run, watch and explain the IMDb sentiment-analysis lecture&apos;s experiments.&lt;br&gt;IMDb: Maas et al., ACL 2011. GloVe: Pennington et al., EMNLP 2014.</source>
        <translation>&lt;b&gt;Sentiment Lab&lt;/b&gt; %1&lt;br&gt;IMDb 감성 분석 강의의 실험을 실행하고, 지켜보고, 설명합니다.&lt;br&gt;IMDb: Maas et al., ACL 2011. GloVe: Pennington et al., EMNLP 2014.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Screenshot of this page…</source>
        <translation>이 페이지 스크린샷…</translation>
    </message>
    <message>
        <source>Export this page&apos;s charts…</source>
        <translation>이 페이지의 차트 내보내기…</translation>
    </message>
    <message>
        <source>Export the charts to a folder</source>
        <translation>차트를 폴더로 내보내기</translation>
    </message>
    <message>
        <source>%1 chart files written to %2</source>
        <translation>차트 파일 %1개를 %2에 썼습니다</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>데이터셋 없음</translation>
    </message>
    <message>
        <source>Vectors: none</source>
        <translation>벡터: 없음</translation>
    </message>
    <message>
        <source>Dataset: demo sample</source>
        <translation>데이터셋: 데모 샘플</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>데이터셋: %1</translation>
    </message>
    <message>
        <source>Vectors: %1 (%2d, %3 % of the vocabulary)</source>
        <translation>벡터: %1 (%2차원, 어휘의 %3 %)</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>스크린샷 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>차트 내보내기</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>학습이 진행 중입니다</translation>
    </message>
    <message>
        <source>Stop the run and quit? Its finished epochs are kept.</source>
        <translation>실행을 멈추고 끝낼까요? 끝난 에포크는 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The new language applies when Sentiment Lab starts again.</source>
        <translation>새 언어는 Sentiment Lab을 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Network &amp;proxy…</source>
        <translation>네트워크 프록시(&amp;P)…</translation>
    </message>
    <message>
        <source>The settings of run %1 are chosen; press Start to train it again</source>
        <translation>실행 %1의 설정을 골랐습니다. 다시 학습하려면 시작을 누르세요</translation>
    </message>
    <message>
        <source>Open course &amp;reference…</source>
        <translation>강의 기준 열기(&amp;R)…</translation>
    </message>
    <message>
        <source>Open a course reference</source>
        <translation>강의 기준 파일 열기</translation>
    </message>
    <message>
        <source>Course reference (*.json);;All files (*)</source>
        <translation>강의 기준 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Course reference not opened</source>
        <translation>강의 기준을 열지 못했습니다</translation>
    </message>
    <message>
        <source>%1

Runs are still read against: %2</source>
        <translation>%1

실행은 계속 다음 기준과 비교합니다: %2</translation>
    </message>
    <message>
        <source>Use the &amp;lecture&apos;s reference</source>
        <translation>강의 자체 기준 사용(&amp;L)</translation>
    </message>
    <message>
        <source>Runs are read against: %1</source>
        <translation>실행 비교 기준: %1</translation>
    </message>
    <message>
        <source>Train the linear baseline</source>
        <translation>선형 기준선 훈련</translation>
    </message>
    <message>
        <source>Run %1 was trained on %2. Open that dataset on the Data page first, then train its baseline.</source>
        <translation>실행 %1은 %2로 훈련되었습니다. 먼저 데이터 페이지에서 그 데이터셋을 연 다음 기준선을 훈련하세요.</translation>
    </message>
    <message>
        <source>Training the linear baseline for run %1</source>
        <translation>실행 %1의 선형 기준선을 훈련합니다</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>단어(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>Queued: %n run(s) waiting</source>
        <translation>
            <numerusform>대기열에 추가됨: 실행 %n개 대기 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation>실행 대기열</translation>
    </message>
    <message>
        <source>The queue keeps its other runs for the next start.</source>
        <translation>대기열의 나머지 실행은 다음 시작 때까지 남아 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Import runs…</source>
        <translation>실행 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import the runs of other run stores</source>
        <translation>다른 실행 저장소의 실행 가져오기</translation>
    </message>
    <message>
        <source>Run stores (*.sqlite *.db);;All files (*)</source>
        <translation>실행 저장소 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Importing runs…</source>
        <translation>실행을 가져오는 중…</translation>
    </message>
    <message>
        <source>Runs imported</source>
        <translation>실행을 가져왔습니다</translation>
    </message>
    <message>
        <source>&amp;Open dataset…</source>
        <translation>데이터셋 열기(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::ModelController</name>
    <message>
        <source>This model cannot be built: %1</source>
        <translation>이 모델을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Load a dataset first: the timing runs a few batches of it.</source>
        <translation>먼저 데이터셋을 불러오세요: 시간 측정은 그 데이터의 배치 몇 개를 학습합니다.</translation>
    </message>
    <message>
        <source>The timing failed: %1</source>
        <translation>시간 측정 실패: %1</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::ModelPage</name>
    <message>
        <source>one per core (%1)</source>
        <translation>코어당 하나 (%1)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>프리셋:</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>스레드:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>텐서</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>형태</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>공식</translation>
    </message>
    <message>
        <source>Per layer, by formula (e: input size, h: hidden units, V: vocabulary):</source>
        <translation>층별 공식 (e: 입력 크기, h: 은닉 유닛, V: 어휘):</translation>
    </message>
    <message>
        <source>Per tensor:</source>
        <translation>텐서별:</translation>
    </message>
    <message>
        <source>Estimate time per epoch</source>
        <translation>에포크당 시간 추정</translation>
    </message>
    <message>
        <source>Trains a few batches of the loaded dataset with these settings and extrapolates</source>
        <translation>불러온 데이터셋의 배치 몇 개를 이 설정으로 학습하고 외삽합니다</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>아직 측정하지 않음.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Training a few batches…</source>
        <translation>배치 몇 개를 학습하는 중…</translation>
    </message>
    <message>
        <source>Settings changed: measure again.</source>
        <translation>설정이 바뀌었습니다: 다시 측정하세요.</translation>
    </message>
    <message>
        <source>Open word vectors on the Data page first</source>
        <translation>먼저 데이터 페이지에서 단어 벡터를 여세요</translation>
    </message>
    <message>
        <source>Set by the word vectors (%1 dimensions)</source>
        <translation>단어 벡터가 정함 (%1차원)</translation>
    </message>
    <message>
        <source>The model has %1 trainable parameters%2</source>
        <translation>이 모델의 학습 가능한 파라미터는 %1개입니다%2</translation>
    </message>
    <message>
        <source> (vocabulary of %1 entries)</source>
        <translation> (어휘 %1개)</translation>
    </message>
    <message>
        <source> (with a vocabulary of at most %1 entries; exact once built)</source>
        <translation> (어휘 최대 %1개; 만들고 나면 정확해집니다)</translation>
    </message>
    <message>
        <source>with the lecture&apos;s 25,002-entry IMDb vocabulary: %1</source>
        <translation>강의의 IMDb 어휘 25,002개 기준: %1</translation>
    </message>
    <message>
        <source>About &lt;b&gt;%1&lt;/b&gt; per epoch (%2 for %3 epochs), from %4 timed batches at %5 tokens/s.</source>
        <translation>에포크당 약 &lt;b&gt;%1&lt;/b&gt; (%3 에포크에 %2), 측정한 배치 %4개, 초당 토큰 %5개 기준.</translation>
    </message>
    <message>
        <source>That is more than 15 minutes an epoch. To go faster: keep the padded RNN input (packed sequences are about 27 times slower on a CPU), use fewer hidden units or one direction, or try the FastText preset (seconds per epoch, about as accurate).</source>
        <translation>에포크당 15분이 넘습니다. 더 빠르게 하려면: 패딩 RNN 입력을 유지하고 (패킹된 시퀀스는 CPU에서 약 27배 느립니다), 은닉 유닛을 줄이거나 한 방향만 쓰거나, FastText 프리셋을 써 보세요 (에포크당 몇 초, 정확도는 비슷합니다).</translation>
    </message>
    <message>
        <source>auto (bfloat16 on this CPU)</source>
        <translation>자동 (이 CPU에서는 bfloat16)</translation>
    </message>
    <message>
        <source>auto (float32 on this CPU)</source>
        <translation>자동 (이 CPU에서는 float32)</translation>
    </message>
    <message>
        <source>bfloat16 (needs AVX-512 BF16 or AMX)</source>
        <translation>bfloat16 (AVX-512 BF16 또는 AMX 필요)</translation>
    </message>
    <message>
        <source>bfloat16: the recurrent layers multiply in bf16 with float sums where the CPU has AVX-512 BF16 or AMX; weights, gradients and Adam&apos;s state stay float</source>
        <translation>bfloat16: CPU에 AVX-512 BF16 또는 AMX가 있으면 순환 층이 bf16으로 곱하고 float로 더합니다. 가중치, 그래디언트, Adam 상태는 float로 유지됩니다</translation>
    </message>
    <message>
        <source>The program, the dataset, the weights with their gradients and Adam&apos;s state, and what the largest micro-batch keeps for its backward pass</source>
        <translation>프로그램, 데이터셋, 가중치와 그래디언트 및 Adam 상태, 그리고 가장 큰 마이크로 배치가 역전파를 위해 보관하는 메모리</translation>
    </message>
    <message>
        <source>Time and memory on this machine</source>
        <translation>이 컴퓨터에서의 시간과 메모리</translation>
    </message>
    <message>
        <source>Expected peak memory of a run: about &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>실행의 예상 최대 메모리: 약 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (%1 free now)</source>
        <translation> (현재 여유 %1)</translation>
    </message>
    <message>
        <source>More than the free memory: close other programs, or choose fewer hidden units or layers.</source>
        <translation>여유 메모리보다 많습니다: 다른 프로그램을 닫거나 은닉 유닛이나 층 수를 줄이세요.</translation>
    </message>
    <message>
        <source>Set once when Sentiment Lab starts (sentiment-lab --threads N)</source>
        <translation>Sentiment Lab을 시작할 때 한 번 정해집니다 (sentiment-lab --threads N)</translation>
    </message>
    <message>
        <source>NBSVM counts its features; it uses no word vectors</source>
        <translation>NBSVM은 특징을 셉니다. 단어 벡터를 쓰지 않습니다</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Queued runs train one after another on the Train page while you use the rest of the window; the queue is kept when Sentiment Lab closes</source>
        <translation>대기열의 실행은 창의 다른 부분을 쓰는 동안 학습 페이지에서 차례로 학습합니다. Sentiment Lab을 닫아도 대기열은 남습니다</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>대기열에 추가</translation>
    </message>
    <message>
        <source>Train these settings after the runs already queued</source>
        <translation>이미 대기 중인 실행 다음에 이 설정으로 학습합니다</translation>
    </message>
    <message>
        <source>Values separated by commas; each becomes one run of a sweep group</source>
        <translation>쉼표로 구분한 값들. 값마다 스윕 그룹의 실행 하나가 됩니다</translation>
    </message>
    <message>
        <source>Queue the sweep</source>
        <translation>스윕을 대기열에 추가</translation>
    </message>
    <message>
        <source> seeds</source>
        <translation>개 시드</translation>
    </message>
    <message>
        <source>new split each</source>
        <translation>매번 새 분할</translation>
    </message>
    <message>
        <source>Off: only the training changes (initialisation, shuffling, dropout); the split, the vocabulary and the vectors stay</source>
        <translation>끔: 학습(초기화, 섞기, 드롭아웃)만 바뀌고 분할, 어휘, 벡터는 그대로입니다</translation>
    </message>
    <message>
        <source>Queue the seeds</source>
        <translation>시드들을 대기열에 추가</translation>
    </message>
    <message>
        <source>Sweep:</source>
        <translation>스윕:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>반복:</translation>
    </message>
    <message>
        <source>Attention keeps a score for every pair of tokens: its memory grows with the square of the maximum length (%1 tokens now).</source>
        <translation>어텐션은 토큰 쌍마다 점수를 하나씩 둡니다: 메모리가 최대 길이의 제곱으로 늘어납니다 (지금 %1 토큰).</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::PredictController</name>
    <message>
        <source>Prediction model: %1</source>
        <translation>예측 모델: %1</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::PredictPage</name>
    <message>
        <source>No trained model yet: train one on the Train page</source>
        <translation>아직 학습된 모델이 없습니다: 학습 페이지에서 학습하세요</translation>
    </message>
    <message>
        <source>Try an example…</source>
        <translation>예시 고르기…</translation>
    </message>
    <message>
        <source>Type or paste a movie review…</source>
        <translation>영화 리뷰를 입력하거나 붙여 넣으세요…</translation>
    </message>
    <message>
        <source>Explain: colour each token by how much it moves the verdict</source>
        <translation>설명: 각 토큰을 판정을 얼마나 움직이는지에 따라 색칠</translation>
    </message>
    <message>
        <source>P(positive)</source>
        <translation>P(긍정)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Save prediction</source>
        <translation>예측 저장</translation>
    </message>
    <message>
        <source>Keep this review and its verdict with the run in the run store</source>
        <translation>이 리뷰와 판정을 실행 기록 저장소에 실행과 함께 보관합니다</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>Tokens as the model sees them:</source>
        <translation>모델이 보는 토큰:</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장함</translation>
    </message>
    <message>
        <source> · test %1</source>
        <translation> · 테스트 %1</translation>
    </message>
    <message>
        <source>P(positive) = %1 %</source>
        <translation>P(긍정) = %1 %</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>부정</translation>
    </message>
    <message>
        <source>%1 tokens · %2 ms</source>
        <translation>토큰 %1개 · %2 ms</translation>
    </message>
    <message>
        <source>%1 tokens · explained in %2 ms</source>
        <translation>토큰 %1개 · %2 ms 만에 설명</translation>
    </message>
    <message>
        <source>the text is longer: only its first %1 tokens were scored</source>
        <translation>글이 더 깁니다: 처음 %1 토큰만 평가했습니다</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;pushes to positive&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;pushes to negative&amp;nbsp;&lt;/span&gt; &lt;u&gt;&lt;i&gt;underlined&lt;/i&gt;&lt;/u&gt;: not in the vocabulary (&amp;lt;unk&amp;gt;). Importance: how much P(positive) drops when the token is replaced by &amp;lt;unk&amp;gt;. Point at a token for its figure.</source>
        <translation>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;긍정 쪽으로&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;부정 쪽으로&amp;nbsp;&lt;/span&gt; &lt;u&gt;&lt;i&gt;밑줄&lt;/i&gt;&lt;/u&gt;: 어휘에 없음 (&amp;lt;unk&amp;gt;). 중요도: 토큰을 &amp;lt;unk&amp;gt;로 바꿨을 때 P(긍정)이 줄어드는 정도. 토큰에 마우스를 올리면 수치가 보입니다.</translation>
    </message>
    <message>
        <source>Pushes to positive: without it P(positive) drops by %1 points</source>
        <translation>긍정 쪽으로: 이 토큰이 없으면 P(긍정)이 %1 포인트 내려갑니다</translation>
    </message>
    <message>
        <source>Pushes to negative: without it P(positive) rises by %1 points</source>
        <translation>부정 쪽으로: 이 토큰이 없으면 P(긍정)이 %1 포인트 올라갑니다</translation>
    </message>
    <message>
        <source>(Run %1&apos;s model cannot be loaded: its checkpoint is missing.)</source>
        <translation>(실행 %1의 모델을 불러올 수 없습니다: 체크포인트가 없습니다.)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;pushes to positive&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;pushes to negative&amp;nbsp;&lt;/span&gt; &lt;u&gt;&lt;i&gt;underlined&lt;/i&gt;&lt;/u&gt;: not in the vocabulary. Exact: each token&apos;s share of its words&apos; and n-grams&apos; weight × log-count ratio; the shares and the bias add up to the logit. Point at a token for its figure.</source>
        <translation>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;긍정 쪽으로 밂&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;부정 쪽으로 밂&amp;nbsp;&lt;/span&gt; &lt;u&gt;&lt;i&gt;밑줄&lt;/i&gt;&lt;/u&gt;: 어휘에 없음. 정확한 값: 각 토큰이 속한 단어와 n-gram의 가중치 × 로그 빈도 비율 중 그 토큰의 몫이며, 몫들과 편향을 더하면 로짓이 됩니다. 토큰을 가리키면 값이 보입니다.</translation>
    </message>
    <message>
        <source>Explain: colour each token by its exact share of the verdict</source>
        <translation>설명: 각 토큰을 판정에서 차지하는 정확한 몫으로 색칠</translation>
    </message>
    <message>
        <source>Pushes to positive: adds %1 to the logit</source>
        <translation>긍정 쪽으로 밂: 로짓에 %1을 더합니다</translation>
    </message>
    <message>
        <source>Pushes to negative: takes %1 from the logit</source>
        <translation>부정 쪽으로 밂: 로짓에서 %1을 뺍니다</translation>
    </message>
    <message>
        <source>towards positive</source>
        <translation>긍정 쪽</translation>
    </message>
    <message>
        <source>towards negative</source>
        <translation>부정 쪽</translation>
    </message>
    <message>
        <source>Exactly why</source>
        <translation>정확한 이유</translation>
    </message>
    <message>
        <source>logit %1 = bias %2 + the contributions of this review&apos;s %3 distinct words and n-grams, each its weight × log-count ratio</source>
        <translation>로짓 %1 = 편향 %2 + 이 리뷰의 서로 다른 단어와 n-gram %3개의 기여(각각 가중치 × 로그 빈도 비율)</translation>
    </message>
    <message>
        <source>The model&apos;s strongest n-grams</source>
        <translation>모델에서 가장 강한 n-gram</translation>
    </message>
    <message>
        <source>What each adds to the logit wherever it occurs (once per review)</source>
        <translation>어디에 나오든 각 n-gram이 로짓에 더하는 값(리뷰당 한 번)</translation>
    </message>
    <message>
        <source>P(%1) = %2 %</source>
        <translation>P(%1) = %2 %</translation>
    </message>
    <message>
        <source>Pushes towards %1: adds %2 to its logit</source>
        <translation>%1 쪽으로 밂: 그 로짓에 %2을(를) 더함</translation>
    </message>
    <message>
        <source>Pushes away from %1: takes %2 from its logit</source>
        <translation>%1에서 멀어지게 함: 그 로짓에서 %2을(를) 뺌</translation>
    </message>
    <message>
        <source>Pushes towards %1: without it P(%1) drops by %2 points</source>
        <translation>%1 쪽으로 밂: 이 토큰이 없으면 P(%1)이(가) %2 포인트 내려감</translation>
    </message>
    <message>
        <source>Pushes away from %1: without it P(%1) rises by %2 points</source>
        <translation>%1에서 멀어지게 함: 이 토큰이 없으면 P(%1)이(가) %2 포인트 올라감</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;pushes towards %3&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;pushes away from %3&amp;nbsp;&lt;/span&gt; &lt;u&gt;&lt;i&gt;underlined&lt;/i&gt;&lt;/u&gt;: not in the vocabulary. Each class has its own logit; the colours explain the logit of the class called. Point at a token for its figure.</source>
        <translation>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;%3 쪽으로 밂&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;%3에서 멀어지게 함&amp;nbsp;&lt;/span&gt; &lt;u&gt;&lt;i&gt;밑줄&lt;/i&gt;&lt;/u&gt;: 어휘에 없음. 클래스마다 로짓이 따로 있고, 색은 판정한 클래스의 로짓을 설명합니다. 토큰을 가리키면 수치가 보입니다.</translation>
    </message>
    <message>
        <source>towards %1</source>
        <translation>%1 쪽으로</translation>
    </message>
    <message>
        <source>away from %1</source>
        <translation>%1에서 멀어지게</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::ProxyChoice</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>none (system settings)</source>
        <translation>없음(시스템 설정)</translation>
    </message>
    <message>
        <source>%1 (system settings)</source>
        <translation>%1(시스템 설정)</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::ProxyDialog</name>
    <message>
        <source>Network proxy</source>
        <translation>네트워크 프록시</translation>
    </message>
    <message>
        <source>Downloads of IMDb and GloVe go through this proxy. Nothing is downloaded unless you ask.</source>
        <translation>IMDb와 GloVe 내려받기는 이 프록시를 거칩니다. 요청하지 않으면 아무것도 내려받지 않습니다.</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>시스템 프록시 설정 사용</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>프록시 없음</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>이 프록시:</translation>
    </message>
    <message>
        <source>http://proxy.example.edu:3128</source>
        <translation>http://proxy.example.edu:3128</translation>
    </message>
    <message>
        <source>Write the proxy as an address: http://host:port or socks5h://host:port.</source>
        <translation>프록시를 주소로 적으세요: http://호스트:포트 또는 socks5h://호스트:포트</translation>
    </message>
    <message>
        <source>For https://ai.stanford.edu: %1</source>
        <translation>https://ai.stanford.edu에 대해: %1</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::QueueController</name>
    <message>
        <source>Paused: run %1 was stopped. Continue it from the Runs page, or resume the queue.</source>
        <translation>일시 정지됨: 실행 %1이(가) 중지되었습니다. 실행 페이지에서 이어서 학습하거나 대기열을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Queued run failed (%1); the queue goes on with the next one</source>
        <translation>대기열의 실행이 실패했습니다(%1). 대기열은 다음 실행으로 넘어갑니다</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) wait in the queue; %1 that was training when Sentiment Lab closed starts again from its beginning. Press Resume to go on.</source>
        <translation>
            <numerusform>대기열에 실행 %n개가 기다리고 있습니다. Sentiment Lab이 닫힐 때 학습 중이던 %1개는 처음부터 다시 시작합니다. 계속하려면 다시 시작을 누르세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) wait in the queue. Press Resume to go on.</source>
        <translation>
            <numerusform>대기열에 실행 %n개가 기다리고 있습니다. 계속하려면 다시 시작을 누르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue cannot be used: %1</source>
        <translation>대기열을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Running the queue.</source>
        <translation>대기열을 실행하는 중입니다.</translation>
    </message>
    <message>
        <source>Paused: the run training now finishes, then the queue waits.</source>
        <translation>일시 정지됨: 지금 학습 중인 실행이 끝나면 대기열이 기다립니다.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>일시 정지됨.</translation>
    </message>
    <message>
        <source>The queue cannot be read: %1</source>
        <translation>대기열을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The queue is done.</source>
        <translation>대기열이 모두 끝났습니다.</translation>
    </message>
    <message>
        <source>Queue entry %1 cannot be trained: %2</source>
        <translation>대기열 항목 %1을(를) 학습할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Waiting: the next run, %1, cannot start: %2; then press Resume.</source>
        <translation>대기 중: 다음 실행 %1을(를) 시작할 수 없습니다: %2. 그런 다음 다시 시작을 누르세요.</translation>
    </message>
    <message>
        <source>Waiting: %1 could not start.</source>
        <translation>대기 중: %1을(를) 시작할 수 없었습니다.</translation>
    </message>
    <message>
        <source>Training %1 (%2 more waiting).</source>
        <translation>%1 학습 중 (%2개 더 대기 중).</translation>
    </message>
    <message>
        <source>The queue&apos;s entry %1 could not be updated: %2</source>
        <translation>대기열 항목 %1을(를) 갱신할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::QueuePanel</name>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Run queue</source>
        <translation>실행 대기열</translation>
    </message>
    <message>
        <source>Queued run</source>
        <translation>대기 중인 실행</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Take the selected run out of the queue (the run training now stays)</source>
        <translation>선택한 실행을 대기열에서 뺍니다 (지금 학습 중인 실행은 남습니다)</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>끝난 항목 지우기</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>Start the queue</source>
        <translation>대기열 시작</translation>
    </message>
    <message>
        <source>Nothing queued: add runs from the Model page, or repeat a run with more seeds from the Runs page.</source>
        <translation>대기열이 비어 있습니다: 모델 페이지에서 실행을 추가하거나, 실행 페이지에서 실행을 여러 시드로 반복하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) waiting.</source>
        <translation>
            <numerusform>실행 %n개 대기 중.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sentiment::ui::ReviewBrowser</name>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>분할:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>리뷰:</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>원문</translation>
    </message>
    <message>
        <source>Tokens (&lt;span style=&apos;background:#ffc9c9&apos;&gt;marked&lt;/span&gt; = not in the vocabulary, becomes &amp;lt;unk&amp;gt;)</source>
        <translation>토큰 (&lt;span style=&apos;background:#ffc9c9&apos;&gt;표시&lt;/span&gt; = 어휘에 없어 &amp;lt;unk&amp;gt;이 됨)</translation>
    </message>
    <message>
        <source>%1 · %2 tokens · %3 not in the vocabulary</source>
        <translation>%1 · 토큰 %2개 · 어휘에 없는 것 %3개</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>긍정</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>부정</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::RunsController</name>
    <message>
        <source>The run store failed: %1</source>
        <translation>실행 저장소 오류: %1</translation>
    </message>
    <message>
        <source>%1: not imported. %2</source>
        <translation>%1: 가져오지 못했습니다. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s) imported</source>
        <translation>
            <numerusform>%1: 실행 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already here</source>
        <translation>
            <numerusform>, %n개는 이미 있습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still running there (import again when it ends)</source>
        <translation>
            <numerusform>, %n개는 그곳에서 아직 실행 중입니다 (끝나면 다시 가져오십시오)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n checkpoint(s) copied</source>
        <translation>
            <numerusform>; 체크포인트 %n개를 복사했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not found (copy them beside the store, into a folder named checkpoints)</source>
        <translation>
            <numerusform>, %n개는 찾지 못했습니다 (저장소 옆 checkpoints 폴더에 복사하십시오)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sentiment::ui::RunsPage</name>
    <message>
        <source>Filter by name, preset, status, tag…</source>
        <translation>이름, 프리셋, 상태, 태그로 거르기…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>메모…</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>태그…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Assignment report…</source>
        <translation>과제 보고서…</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Select runs (Ctrl/Shift-click for several) to overlay their curves and compare their settings.</source>
        <translation>실행을 선택하면 (여러 개는 Ctrl/Shift-클릭) 곡선을 겹쳐 보고 설정을 비교합니다.</translation>
    </message>
    <message>
        <source>Curves of the</source>
        <translation>곡선:</translation>
    </message>
    <message>
        <source>split</source>
        <translation>분할</translation>
    </message>
    <message>
        <source>Per-epoch results</source>
        <translation>에포크별 결과</translation>
    </message>
    <message>
        <source>Settings that differ</source>
        <translation>다른 설정</translation>
    </message>
    <message>
        <source>Save the assignment report</source>
        <translation>과제 보고서 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>보고서를 %1에 썼습니다</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>실행 이름 바꾸기</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Notes on this run:</source>
        <translation>이 실행에 대한 메모:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Tags, separated by commas:</source>
        <translation>쉼표로 구분한 태그:</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>실행 삭제</translation>
    </message>
    <message>
        <source>Delete the %1 selected run(s) with their epochs, curves and predictions? This cannot be undone.</source>
        <translation>선택한 실행 %1개를 에포크, 곡선, 예측과 함께 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Also delete their checkpoint files</source>
        <translation>체크포인트 파일도 삭제</translation>
    </message>
    <message>
        <source>Train again…</source>
        <translation>다시 학습…</translation>
    </message>
    <message>
        <source>Train a new run with the selected run&apos;s settings: the same preset, data choices, model, training and seed</source>
        <translation>선택한 실행의 설정으로 새 실행을 학습합니다: 같은 프리셋, 데이터 선택, 모델, 학습 설정과 시드</translation>
    </message>
    <message>
        <source>Run %1 cannot be trained again: %2</source>
        <translation>실행 %1을(를) 다시 학습할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>이어서 학습</translation>
    </message>
    <message>
        <source>Train a stopped or interrupted run on from its last finished epoch, as if it had never stopped</source>
        <translation>멈췄거나 중단된 실행을 마지막으로 끝난 에포크부터, 멈춘 적이 없었던 것처럼 이어서 학습합니다</translation>
    </message>
    <message>
        <source>Run %1 cannot continue: %2</source>
        <translation>실행 %1을(를) 이어서 학습할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Where it is wrong</source>
        <translation>틀리는 곳</translation>
    </message>
    <message>
        <source>Reading run %1&apos;s test predictions…</source>
        <translation>실행 %1의 테스트 예측을 읽는 중…</translation>
    </message>
    <message>
        <source>Select one run to see where its model is wrong.</source>
        <translation>실행 하나를 고르면 모델이 어디서 틀리는지 봅니다.</translation>
    </message>
    <message>
        <source>Select one run with a test result to see where its model is wrong.</source>
        <translation>테스트 결과가 있는 실행 하나를 고르면 모델이 어디서 틀리는지 봅니다.</translation>
    </message>
    <message>
        <source>This run has no test result (it stopped, failed, or was trained without a test).</source>
        <translation>이 실행에는 테스트 결과가 없습니다(멈췄거나, 실패했거나, 테스트 없이 학습함).</translation>
    </message>
    <message>
        <source>A PDF of the selected runs that follows the lecture&apos;s five assignments: settings in words, per-epoch tables, test results, charts, parameters per layer, the verdicts against the lecture, where the models are wrong and the environment</source>
        <translation>강의의 다섯 과제를 따르는 선택한 실행의 PDF: 말로 쓴 설정, 에포크별 표, 테스트 결과, 차트, 층별 파라미터, 강의와의 비교 판정, 모델이 틀리는 곳과 환경</translation>
    </message>
    <message>
        <source>Train the linear baseline</source>
        <translation>선형 기준선 훈련</translation>
    </message>
    <message>
        <source>Train NBSVM (about a minute on a laptop) on the selected run&apos;s dataset and split, to read the run against the strongest simple model</source>
        <translation>선택한 실행의 데이터셋과 분할로 NBSVM을 훈련합니다(노트북에서 약 1분). 가장 강한 단순 모델과 실행을 비교할 수 있습니다</translation>
    </message>
    <message>
        <source>The baseline for run %1 cannot be trained: %2</source>
        <translation>실행 %1의 기준선을 훈련할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <translation>기울기 흐름</translation>
    </message>
    <message>
        <source>Keep only the best checkpoint</source>
        <translation>최고 체크포인트만 남기기</translation>
    </message>
    <message>
        <source>Delete the checkpoints of the group&apos;s other runs (their results stay): about 19 MB each for the advanced model</source>
        <translation>그룹의 다른 실행의 체크포인트를 삭제합니다(결과는 남습니다). 고급 모델은 하나에 약 19 MB입니다</translation>
    </message>
    <message>
        <source>Delete the checkpoints of %1 run(s) of this group? Their results stay; they can no longer predict or continue.</source>
        <translation>이 그룹의 실행 %1개의 체크포인트를 삭제할까요? 결과는 남지만 더 이상 예측하거나 이어서 학습할 수 없습니다.</translation>
    </message>
    <message>
        <source>Checkpoint files: %1, %2 on disk</source>
        <translation>체크포인트 파일: %1개, 디스크 %2</translation>
    </message>
    <message>
        <source>test accuracy (%)</source>
        <translation>테스트 정확도 (%)</translation>
    </message>
    <message>
        <source>select the runs of one group (train --seeds, --sweep)</source>
        <translation>한 그룹의 실행을 선택하세요(train --seeds, --sweep)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Repeat with seeds…</source>
        <translation>여러 시드로 반복…</translation>
    </message>
    <message>
        <source>Is a difference between two runs real, or the seed? Train this run&apos;s settings again with other seeds (queued) and read the group&apos;s mean ± sd</source>
        <translation>두 실행의 차이는 진짜일까요, 시드 때문일까요? 이 실행의 설정을 다른 시드로 다시 학습하고(대기열) 그룹의 평균 ± 표준편차를 읽어 보세요</translation>
    </message>
    <message>
        <source>Repeat run %1 with seeds</source>
        <translation>실행 %1을(를) 여러 시드로 반복</translation>
    </message>
    <message>
        <source> seeds in all</source>
        <translation>개 시드 (전체)</translation>
    </message>
    <message>
        <source>Draw a new training/validation split for each seed</source>
        <translation>시드마다 학습/검증 분할을 새로 뽑기</translation>
    </message>
    <message>
        <source>Run %1 is the first seed; the others train one after another from the queue with the same settings, split, vocabulary and vectors (unless a new split is drawn). The Runs page then shows the group&apos;s mean ± standard deviation.</source>
        <translation>실행 %1이(가) 첫 번째 시드입니다. 나머지는 같은 설정, 분할, 어휘, 벡터로(새 분할을 뽑지 않는 한) 대기열에서 차례로 학습합니다. 그러면 실행 페이지가 그룹의 평균 ± 표준편차를 보여 줍니다.</translation>
    </message>
    <message>
        <source>Run %1 cannot be repeated: %2</source>
        <translation>실행 %1을(를) 반복할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::RunsTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Best valid acc</source>
        <translation>최고 검증 정확도</translation>
    </message>
    <message>
        <source>Test acc</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Trained on %1 (%2)</source>
        <translation>%1에서 학습함 (%2)</translation>
    </message>
    <message>
        <source>Imported from %1 on %2</source>
        <translation>%2에 %1에서 가져옴</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2의 %1</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::SleepInhibitor</name>
    <message>
        <source>the desktop portal</source>
        <translation>데스크톱 포털</translation>
    </message>
    <message>
        <source>the screen saver service</source>
        <translation>화면 보호기 서비스</translation>
    </message>
    <message>
        <source>the login manager (logind)</source>
        <translation>로그인 관리자(logind)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1: no %2 bus</source>
        <translation>%1: %2 버스 없음</translation>
    </message>
    <message>
        <source>system</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>session</source>
        <translation>세션</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::TableImportDialog</name>
    <message>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
    <message>
        <source>Found from the file</source>
        <translation>파일에서 찾기</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>쉼표</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>세미콜론</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>세로 막대</translation>
    </message>
    <message>
        <source>Names the columns</source>
        <translation>열 이름이다</translation>
    </message>
    <message>
        <source>Is a review like the others</source>
        <translation>다른 행처럼 리뷰다</translation>
    </message>
    <message>
        <source>A column saying &quot;train&quot; or &quot;test&quot; on each row</source>
        <translation>행마다 &quot;train&quot; 또는 &quot;test&quot;라고 적힌 열</translation>
    </message>
    <message>
        <source>Rows with the same value here (one movie&apos;s reviews) are kept on one side of the split, so that the test has only unseen groups</source>
        <translation>이 열의 값이 같은 행(한 영화의 리뷰)은 분할의 한쪽에만 들어가므로, 테스트에는 처음 보는 그룹만 있습니다</translation>
    </message>
    <message>
        <source>each label is a class; e.g. 1-4=negative,9-10=positive</source>
        <translation>레이블마다 클래스; 예: 1-4=negative,9-10=positive</translation>
    </message>
    <message>
        <source>Labels, or ranges of numbers, to classes: &quot;1-4=negative,9-10=positive&quot; keeps two classes and drops the labels it does not name; &quot;pos=positive,neg=negative&quot; renames them</source>
        <translation>레이블 또는 숫자 범위를 클래스로: &quot;1-4=negative,9-10=positive&quot;는 두 클래스를 남기고 이름이 없는 레이블은 버립니다; &quot;pos=positive,neg=negative&quot;는 이름을 바꿉니다</translation>
    </message>
    <message>
        <source>none: held out from this file</source>
        <translation>없음: 이 파일에서 떼어 둠</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Of each class (or of the groups), chosen at random with a fixed seed: the same reviews every time</source>
        <translation>클래스마다(또는 그룹 중에서) 고정된 시드로 무작위로 고릅니다: 매번 같은 리뷰</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>구분자:</translation>
    </message>
    <message>
        <source>The first row:</source>
        <translation>첫 행:</translation>
    </message>
    <message>
        <source>Text column:</source>
        <translation>텍스트 열:</translation>
    </message>
    <message>
        <source>Label column:</source>
        <translation>레이블 열:</translation>
    </message>
    <message>
        <source>Split column:</source>
        <translation>분할 열:</translation>
    </message>
    <message>
        <source>Group column:</source>
        <translation>그룹 열:</translation>
    </message>
    <message>
        <source>Label map:</source>
        <translation>레이블 매핑:</translation>
    </message>
    <message>
        <source>Test file:</source>
        <translation>테스트 파일:</translation>
    </message>
    <message>
        <source>Held out for the test:</source>
        <translation>테스트용으로 떼어 둘 비율:</translation>
    </message>
    <message>
        <source>The test reviews, in the same layout</source>
        <translation>같은 형식의 테스트 리뷰</translation>
    </message>
    <message>
        <source>Labelled texts (*.csv *.tsv *.txt *.jsonl *.ndjson *.gz);;All files (*)</source>
        <translation>레이블이 있는 텍스트 (*.csv *.tsv *.txt *.jsonl *.ndjson *.gz);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>JSON Lines, %n key(s) per line</source>
        <translation>
            <numerusform>JSON Lines, 줄마다 키 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>탭으로 구분</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>세미콜론으로 구분</translation>
    </message>
    <message>
        <source>separated by vertical bars</source>
        <translation>세로 막대로 구분</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n column(s), </source>
        <translation>
            <numerusform>%1, 열 %n개, </numerusform>
        </translation>
    </message>
    <message>
        <source>the first row names them</source>
        <translation>첫 행이 열 이름</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>머리글 행 없음</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2. The first %n row(s):</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2. 처음 %n행:</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>(choose a column)</source>
        <translation>(열을 고르세요)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1번 열</translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation>%1 (텍스트)</translation>
    </message>
    <message>
        <source>%1 (label)</source>
        <translation>%1 (레이블)</translation>
    </message>
    <message>
        <source>%1 (split)</source>
        <translation>%1 (분할)</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (그룹)</translation>
    </message>
    <message>
        <source>&lt;s&gt;%1&lt;/s&gt; ×%2 dropped</source>
        <translation>&lt;s&gt;%1&lt;/s&gt; ×%2 버림</translation>
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
            <numerusform>그 밖의 레이블 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels in these rows: %1.</source>
        <translation>이 행들의 레이블: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Classes: %1 (%n class(es)).</source>
        <translation>
            <numerusform>클래스: %1 (%n개).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The label map drops %n of these rows.</source>
        <translation>
            <numerusform>레이블 매핑이 이 중 %n행을 버립니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>More than 100 classes cannot be told apart: bin them with a label map.</source>
        <translation>클래스가 100개를 넘으면 구별할 수 없습니다: 레이블 매핑으로 묶으세요.</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::TrainPage</name>
    <message>
        <source>Change…</source>
        <translation>바꾸기…</translation>
    </message>
    <message>
        <source>Every setting of the model and its training is on the Model page</source>
        <translation>모델과 학습의 모든 설정은 모델 페이지에 있습니다</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전부</translation>
    </message>
    <message>
        <source>Train at most this many batches per epoch (for a quick look)</source>
        <translation>에포크당 이 배치 수까지만 학습 (빠르게 훑어보기)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Batches per epoch:</source>
        <translation>에포크당 배치:</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Smoothing of the per-batch training loss (exponential moving average, debiased)</source>
        <translation>배치별 학습 손실의 평활화 (지수 이동 평균, 편향 보정)</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>평활화:</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>train, per batch (smoothed)</source>
        <translation>학습, 배치별 (평활화)</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <source>Train Loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <source>Train Acc</source>
        <translation>학습 정확도</translation>
    </message>
    <message>
        <source>Val. Loss</source>
        <translation>검증 손실</translation>
    </message>
    <message>
        <source>Val. Acc</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>이 배치 뒤에 멈추는 중…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · batch %3 of %4</source>
        <translation>에포크 %1/%2 · 배치 %3/%4</translation>
    </message>
    <message>
        <source>%L1 tokens/s · epoch ends in %2 · run in %3</source>
        <translation>초당 토큰 %L1개 · 에포크 %2 후 끝남 · 실행 %3 후 끝남</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>%L1 tokens/s over the run</source>
        <translation>실행 전체 초당 토큰 %L1개</translation>
    </message>
    <message>
        <source>Test Loss: %1 | Test Acc: %2  (best-valid checkpoint, epoch %3)</source>
        <translation>Test Loss: %1 | Test Acc: %2  (최고 검증 체크포인트, 에포크 %3)</translation>
    </message>
    <message>
        <source>Stopped: the finished epochs are kept; no test was run.</source>
        <translation>멈춤: 끝난 에포크는 남았고 테스트는 하지 않았습니다.</translation>
    </message>
    <message>
        <source>The model has %1 trainable parameters</source>
        <translation>이 모델의 학습 가능한 파라미터는 %1개입니다</translation>
    </message>
    <message>
        <source>Recorded as run %1 in the run store.</source>
        <translation>실행 기록 저장소에 실행 %1(으)로 기록했습니다.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>기록하지 못함: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>실행 실패: %1</translation>
    </message>
    <message>
        <source>Loss stays at 0.693 = ln 2 and accuracy near 50 %: the model predicts chance. The lecture&apos;s base RNN does this; try the advanced preset (Adam, an LSTM) or more epochs.</source>
        <translation>손실이 0.693 = ln 2에 머물고 정확도가 50 % 근처입니다: 모델이 우연 수준으로 예측합니다. 강의의 기본 RNN이 이렇습니다. 고급 프리셋 (Adam, LSTM)이나 더 많은 에포크를 써 보세요.</translation>
    </message>
    <message>
        <source>Validation loss is rising while training loss falls: the model starts to overfit. The test uses the best checkpoint (epoch %1).</source>
        <translation>학습 손실은 줄어드는데 검증 손실이 오릅니다: 모델이 과적합되기 시작합니다. 테스트는 최고 체크포인트(에포크 %1)를 씁니다.</translation>
    </message>
    <message>
        <source>The loss became NaN or infinite: lower the learning rate or enable gradient clipping.</source>
        <translation>손실이 NaN 또는 무한대가 되었습니다: 학습률을 낮추거나 그래디언트 클리핑을 켜세요.</translation>
    </message>
    <message>
        <source>Not enough free memory</source>
        <translation>여유 메모리 부족</translation>
    </message>
    <message>
        <source>This run is expected to need about %1 at its peak, and the system has %2 free now. It may make the computer swap, or be stopped by the system. Close other programs, or choose a smaller model on the Model page.</source>
        <translation>이 실행은 최대 약 %1이 필요할 것으로 예상되며, 시스템의 현재 여유 메모리는 %2입니다. 컴퓨터가 스왑을 사용하거나 시스템이 실행을 중단할 수 있습니다. 다른 프로그램을 닫거나 모델 페이지에서 더 작은 모델을 고르세요.</translation>
    </message>
    <message>
        <source>Against the lecture: %1</source>
        <translation>강의와 비교: %1</translation>
    </message>
    <message>
        <source>Why? Vanishing gradients: see how much gradient reaches each step</source>
        <translation>왜일까요? 기울기 소실: 각 단계에 도달하는 기울기 보기</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>대기열: %1</translation>
    </message>
    <message>
        <source>Testing the best epoch · %1 of %2 reviews</source>
        <translation>가장 좋은 에포크로 테스트 중 · 리뷰 %1/%2</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · validating · %3 of %4 reviews</source>
        <translation>에포크 %1/%2 · 검증 중 · 리뷰 %3/%4</translation>
    </message>
    <message>
        <source>scoring the test reviews with the best epoch&apos;s weights</source>
        <translation>가장 좋은 에포크의 가중치로 테스트 리뷰를 평가하는 중</translation>
    </message>
    <message>
        <source>scoring the validation reviews</source>
        <translation>검증 리뷰를 평가하는 중</translation>
    </message>
    <message>
        <source>%1 classes: macro-F1 %2 (each class&apos;s F1 counted alike; the Runs page shows where it is wrong, class by class)</source>
        <translation>클래스 %1개: macro-F1 %2 (클래스마다 F1을 같은 비중으로 셈; 실행 페이지에서 클래스별로 어디서 틀리는지 보입니다)</translation>
    </message>
    <message>
        <source>chance (%1 %)</source>
        <translation>우연 (%1 %)</translation>
    </message>
    <message>
        <source>learning rate (right axis)</source>
        <translation>학습률 (오른쪽 축)</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::TrainingController</name>
    <message>
        <source>Epoch %1 | train loss %2 acc %3% | valid loss %4 acc %5% | %6 s</source>
        <translation>에포크 %1 | 학습 손실 %2 정확도 %3% | 검증 손실 %4 정확도 %5% | %6초</translation>
    </message>
    <message>
        <source>Run %1 done: Test Loss %2 | Test Acc %3%</source>
        <translation>실행 %1 완료: 테스트 손실 %2 | 테스트 정확도 %3%</translation>
    </message>
    <message>
        <source>Run %1 stopped</source>
        <translation>실행 %1 멈춤</translation>
    </message>
    <message>
        <source>Run %1 done</source>
        <translation>실행 %1 완료</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>학습 실패: %1</translation>
    </message>
    <message numerus="yes">
        <source>Training %1 for %n epoch(s) on %2</source>
        <translation>
            <numerusform>%1 학습, %2에서 에포크 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing on this desktop keeps the computer awake (%1): if it sleeps, continue the run from the Runs page.</source>
        <translation>이 데스크톱에는 컴퓨터를 깨어 있게 하는 기능이 없습니다 (%1): 컴퓨터가 잠들면 실행 페이지에서 실행을 이어 가세요.</translation>
    </message>
    <message>
        <source>The computer stays awake while the run trains (through %1).</source>
        <translation>실행이 학습하는 동안 컴퓨터가 잠들지 않습니다 (%1 사용).</translation>
    </message>
    <message>
        <source>Training a sentiment model (%1)</source>
        <translation>감성 모델 학습 중 (%1)</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::TrainingWorker</name>
    <message>
        <source>Vocabulary rebuilt for this model: %1 entries%2</source>
        <translation>이 모델을 위해 어휘를 다시 만들었습니다: %1개%2</translation>
    </message>
    <message>
        <source> (words and bigrams)</source>
        <translation> (단어와 바이그램)</translation>
    </message>
    <message>
        <source>LibTorch failed: %1</source>
        <translation>LibTorch 실패: %1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>학습 실패: %1</translation>
    </message>
    <message>
        <source>Nothing was trained: the run store cannot be used (%1)</source>
        <translation>아무것도 학습하지 않았습니다: 실행 저장소를 사용할 수 없습니다 (%1)</translation>
    </message>
    <message>
        <source> (words, n-grams and character n-grams)</source>
        <translation> (단어, n-gram과 문자 n-gram)</translation>
    </message>
</context>
<context>
    <name>sentiment::ui::VectorsPanel</name>
    <message>
        <source>Open vectors…</source>
        <translation>벡터 열기…</translation>
    </message>
    <message>
        <source>GloVe: a .txt file such as glove.6B.100d.txt, or glove.6B.zip as downloaded</source>
        <translation>GloVe: glove.6B.100d.txt 같은 .txt 파일, 또는 내려받은 그대로의 glove.6B.zip</translation>
    </message>
    <message>
        <source>Download GloVe 6B…</source>
        <translation>GloVe 6B 내려받기…</translation>
    </message>
    <message>
        <source>%1 dimensions</source>
        <translation>%1차원</translation>
    </message>
    <message>
        <source>Which file of glove.6B.zip to read (the lecture uses 100)</source>
        <translation>glove.6B.zip에서 읽을 파일 (강의는 100을 씀)</translation>
    </message>
    <message>
        <source>No vectors loaded: the models start from random embeddings. The lecture uses GloVe 6B, 100 dimensions.</source>
        <translation>불러온 벡터 없음: 모델은 무작위 임베딩에서 시작합니다. 강의는 GloVe 6B, 100차원을 씁니다.</translation>
    </message>
    <message>
        <source>Most frequent words without a vector</source>
        <translation>벡터가 없는 가장 흔한 단어</translation>
    </message>
    <message>
        <source>Count in train</source>
        <translation>학습 세트 빈도</translation>
    </message>
    <message>
        <source>Reading %1: %p%</source>
        <translation>%1 읽는 중: %p%</translation>
    </message>
    <message>
        <source>Could not load the vectors:</source>
        <translation>벡터를 불러올 수 없습니다:</translation>
    </message>
    <message>
        <source>Open word vectors</source>
        <translation>단어 벡터 열기</translation>
    </message>
    <message>
        <source>GloVe vectors (*.txt *.zip);;All files (*)</source>
        <translation>GloVe 벡터 (*.txt *.zip);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 words × %3 dimensions, read in %4 s%5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 단어 %2개 × %3차원, %4초 만에 읽음%5.</translation>
    </message>
    <message>
        <source> (from cache)</source>
        <translation> (캐시에서)</translation>
    </message>
    <message>
        <source>They cover &lt;b&gt;%1 %&lt;/b&gt; of the vocabulary (%2 of %3 entries, %4 of them through the lower-case form); the others start from N(0, 1), &amp;lt;unk&amp;gt; and &amp;lt;pad&amp;gt; from zero.</source>
        <translation>어휘의 &lt;b&gt;%1 %&lt;/b&gt;를 덮습니다 (%3개 중 %2개, 그중 %4개는 소문자 형태로); 나머지는 N(0, 1)에서, &amp;lt;unk&amp;gt;와 &amp;lt;pad&amp;gt;는 0에서 시작합니다.</translation>
    </message>
</context>
</TS>
