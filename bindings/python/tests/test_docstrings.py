"""The examples in the package's docstrings run and give what they show."""

import doctest

import tandem


def load_tests(loader, tests, ignore):
    tests.addTests(doctest.DocTestSuite(tandem))
    return tests
