"""A small convolutional NER tagger (char-CNN + dilated 1-D convolutions), run in NumPy; trained with torch.

Not wired into the default pipeline: see docs/ner_neural.md for the measured comparison with the CRF.
"""
