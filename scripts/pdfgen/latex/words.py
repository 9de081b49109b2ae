"""Word lists for the LaTeX paper generator (plain ASCII; nothing here needs escaping)."""

FIRST = """Alice Bruno Chiara Daniel Elena Farid Greta Hiroshi Ines Jonas Kavya Lukas Maya Nikolai
Olivia Pedro Qiang Rosa Samir Tanya Umar Vera Wei Xavier Yuki Zora Aaron Beatriz Carlos Dalia
Emil Fatima Gabriel Hana Ivan Julia Kenji Leila Marco Nadia Oscar Priya Rafael Sofia Tomas
Ursula Viktor Wanda Yusuf Amara Bjorn Celine Dmitri Esther Felix""".split()

LAST = """Abbott Brennan Castillo Dietrich Eriksen Fontaine Gallagher Hartmann Ishikawa Jovanovic
Kowalski Lindqvist Moreau Nakamura Okafor Petrov Quintero Rasmussen Sandoval Takahashi Underwood
Vasquez Whitfield Xu Yamamoto Zielinski Achebe Bergstrom Carvalho Delacroix Engel Ferreira
Grimaldi Holloway Iyer Jensen Kaminski Laurent Mendoza Novak Oyelaran Pellegrini Rahman Schreiber
Tanaka Ulrich Varga Weber Yilmaz Zhang Marsh Dunmore""".split()

MIDDLE = "A. B. C. D. E. J. K. L. M. R. S. T.".split()

DEPTS = ["Department of Computer Science", "School of Informatics", "Department of Statistics",
         "Institute for Language Technology", "Department of Electrical Engineering",
         "Laboratory for Machine Perception", "Faculty of Mathematics", "Center for Data Science"]
UNIS = ["University of Eastmoor", "Northbridge Institute of Technology", "Halden University",
        "Universite de Valmont", "Kestrel Research Labs", "Westfall College", "Ardent AI Research",
        "University of Port Lewin", "Technical University of Brenham", "Sorrel Institute"]
CITIES = ["Eastmoor, UK", "Northbridge, USA", "Halden, Norway", "Valmont, France", "Zurich, Switzerland",
          "Kyoto, Japan", "Toronto, Canada", "Lisbon, Portugal", "Brenham, Germany", "Singapore"]
DOMAINS = ["eastmoor.ac.uk", "nbit.edu", "halden.no", "valmont.fr", "kestrel.ai", "westfall.edu",
           "ardent-ai.com", "portlewin.edu", "tu-brenham.de", "sorrel.org"]

TITLE_A = ["Adaptive", "Sparse", "Robust", "Hierarchical", "Contrastive", "Efficient", "Calibrated",
           "Structured", "Multilingual", "Incremental", "Latent", "Compositional", "Scalable", "Federated"]
TITLE_B = ["Routing", "Attention", "Retrieval", "Distillation", "Decoding", "Alignment", "Pretraining",
           "Segmentation", "Graph Encoding", "Tokenization", "Memory", "Augmentation", "Pruning"]
TITLE_C = ["Low-Resource Speech Translation", "Long-Document Summarization", "Table Question Answering",
           "Protein Structure Ranking", "Scientific Claim Verification", "Satellite Image Retrieval",
           "Code Completion", "Dialogue State Tracking", "Event Extraction", "Sensor Anomaly Detection",
           "Medical Report Generation", "Entity Linking", "Traffic Forecasting", "Music Transcription"]
TITLE_D = ["A Controlled Study", "Lessons from Twelve Benchmarks", "Beyond Accuracy",
           "An Empirical Comparison", "Revisiting the Baselines", "Theory and Practice",
           "When Less Is More", "A Reproducibility Report"]

NOUNS = """model encoder decoder representation baseline objective corpus benchmark dataset layer
module classifier estimator distribution gradient signal pipeline architecture embedding
regularizer schedule variant ablation metric annotation sample batch token sequence graph
retriever memory kernel policy budget threshold setting checkpoint prior posterior feature
predictor vocabulary window context horizon partition heuristic criterion""".split()
ADJS = """robust sparse dense noisy stable shallow deep efficient modular hierarchical discrete
continuous contextual latent auxiliary joint adaptive fixed learned pretrained multilingual
domain-specific balanced small large consistent strong weak standard simple hybrid""".split()
VERBS = """improves reduces preserves captures stabilizes outperforms matches degrades exposes
constrains regularizes aligns encodes predicts separates combines measures underestimates
controls dominates accelerates limits favours""".split()
VERBS_BASE = """evaluate compare train analyse measure report describe extend replicate adapt
combine decompose calibrate revisit ablate inspect""".split()
PREPS = ["on", "for", "across", "under", "with", "against", "within", "over"]
CONNECT = ["However", "In practice", "Moreover", "In contrast", "As a result", "Consequently",
           "In our experiments", "Interestingly", "For completeness", "Similarly"]

DATASETS = ["Corvid", "Larkspur", "Tern-5k", "MiniNews", "BioSet", "Quarry", "Halcyon", "Ridge-QA",
            "Osprey", "Marlin", "Kite-200", "Heron"]
METRICS = ["BLEU", "F1", "Acc.", "Prec.", "Rec.", "EM", "ROUGE-L", "AUC", "MAE", "chrF", "MRR", "Top-5"]
METHODS = ["Baseline", "Linear probe", "BiLSTM-CRF", "Transformer", "Graph encoder", "Retrieval only",
           "Pointer network", "kNN-LM", "Sparse mixture", "Distilled student", "Prompted LM",
           "CNN-Char", "Random forest", "Gradient boosting", "Majority class", "Oracle upper bound"]
OURS = ["Ours (full)", "Ours w/o pretraining", "Ours w/o memory", "Ours + reranker", "Ours small"]
LANGS = """Afrikaans Albanian Amharic Arabic Armenian Basque Belarusian Bengali Bosnian Bulgarian
Catalan Cebuano Croatian Czech Danish Dutch Esperanto Estonian Finnish French Galician Georgian
German Greek Gujarati Hausa Hebrew Hindi Hungarian Icelandic Igbo Indonesian Irish Italian Japanese
Javanese Kannada Kazakh Khmer Korean Kurdish Latvian Lithuanian Macedonian Malay Malayalam Maltese
Marathi Mongolian Nepali Norwegian Pashto Persian Polish Portuguese Punjabi Romanian Russian
Serbian Sinhala Slovak Slovenian Somali Spanish Swahili Swedish Tagalog Tamil Telugu Thai Turkish
Ukrainian Urdu Uzbek Vietnamese Welsh Xhosa Yoruba Zulu""".split()
HYPER = [("Learning rate", ["0.001", "3e-4", "5e-5", "0.01"]), ("Batch size", ["16", "32", "64", "256"]),
         ("Dropout", ["0.1", "0.2", "0.3", "0.5"]), ("Optimizer", ["Adam", "AdamW", "SGD", "Adafactor"]),
         ("Warm-up steps", ["500", "1,000", "4,000", "8,000"]), ("Hidden size", ["256", "512", "768", "1,024"]),
         ("Layers", ["2", "4", "6", "12"]), ("Weight decay", ["0.0", "0.01", "0.05", "0.1"]),
         ("Epochs", ["5", "10", "20", "40"]), ("Beam size", ["1", "4", "5", "8"])]
DESCRIPTIONS = {
    "Baseline": "predicts the most frequent class of the training split",
    "Linear probe": "a single linear layer trained on frozen features",
    "BiLSTM-CRF": "two stacked recurrent layers with a conditional random field on top",
    "Transformer": "a six-layer encoder trained from scratch on the task data",
    "Graph encoder": "message passing over the dependency graph of each sentence",
    "Retrieval only": "retrieves the ten nearest training examples and copies their labels",
    "Pointer network": "copies input spans with an attention-based pointer",
    "kNN-LM": "interpolates a language model with a nearest-neighbour memory",
}
