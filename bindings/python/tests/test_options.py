"""Options: settings, lifetime, reuse and use from several threads."""

import array
import gc
import threading
import unittest

import tandem


class Settings(unittest.TestCase):
    def test_defaults(self):
        with tandem.Options() as options:
            self.assertEqual((options.method, options.quantum, options.ties),
                             ("hamilton", 1, "input-order"))

    def test_set_and_read_back_canonical_names(self):
        with tandem.Options("dhondt", 10, "larger-weight") as options:
            self.assertEqual((options.method, options.quantum, options.ties),
                             ("jefferson", 10, "larger"))
            options.method = "huntington_hill"
            options.quantum = 5
            options.ties = "error"
            self.assertEqual((options.method, options.quantum, options.ties),
                             ("huntington-hill", 5, "error"))
            self.assertIn("huntington-hill", repr(options))

    def test_bad_settings_leave_options_unchanged(self):
        with tandem.Options("webster", 3, "smaller") as options:
            with self.assertRaises(tandem.InvalidArgument):
                options.method = "borda"
            with self.assertRaises(tandem.InvalidArgument):
                options.quantum = 0
            with self.assertRaises(tandem.InvalidArgument):
                options.ties = "coin"
            with self.assertRaises(TypeError):
                options.quantum = 2.0
            with self.assertRaises(TypeError):
                options.method = 2
            self.assertEqual((options.method, options.quantum, options.ties),
                             ("webster", 3, "smaller"))

    def test_bad_constructor_arguments(self):
        with self.assertRaises(tandem.InvalidArgument):
            tandem.Options("borda")
        with self.assertRaises(tandem.InvalidArgument):
            tandem.Options(quantum=-1)


class Use(unittest.TestCase):
    def test_allocate_uses_the_options(self):
        with tandem.Options("adams") as options:
            self.assertEqual(tandem.allocate(7, [5, 3, 2], options=options), [3, 2, 2])
            options.ties = "smaller"
            options.method = "hamilton"
            self.assertEqual(tandem.allocate(5, [70, 20, 10], options=options), [3, 1, 1])
            options.quantum = 100
            self.assertEqual(tandem.allocate(700, [5, 3, 2], options=options), [400, 200, 100])

    def test_reuse_across_sizes_matches_one_shot_calls(self):
        with tandem.Options("webster") as options:
            for count in (1000, 10, 5000, 0, 3):
                weights = [(i * 7919) % 1013 for i in range(count)]
                total = 0 if not any(weights) else 123457
                self.assertEqual(tandem.allocate(total, weights, options=options),
                                 tandem.allocate(total, weights, "webster"))

    def test_allocate_does_not_change_the_options(self):
        with tandem.Options("dean", 2, "larger") as options:
            tandem.allocate(10, [1, 2, 3], options=options)
            self.assertEqual((options.method, options.quantum, options.ties), ("dean", 2, "larger"))


class Lifetime(unittest.TestCase):
    def test_closed_options_are_refused(self):
        options = tandem.Options()
        options.close()
        self.assertTrue(options.closed)
        options.close()  # twice is fine
        with self.assertRaises(ValueError):
            tandem.allocate(7, [5, 3, 2], options=options)
        with self.assertRaises(ValueError):
            options.method = "adams"
        with self.assertRaises(ValueError):
            options.quantum
        self.assertEqual(repr(options), "<tandem.Options closed>")

    def test_context_manager_closes(self):
        with tandem.Options() as options:
            self.assertFalse(options.closed)
        self.assertTrue(options.closed)

    def test_garbage_collection_destroys(self):
        for _ in range(1000):
            options = tandem.Options("webster")
            tandem.allocate(7, [5, 3, 2], options=options)
        del options
        gc.collect()

    def test_del_after_failed_init_is_safe(self):
        with self.assertRaises(tandem.InvalidArgument):
            tandem.Options(ties="coin")
        gc.collect()


class Threads(unittest.TestCase):
    def _run(self, workers):
        errors = []

        def guarded(work):
            try:
                work()
            except BaseException as error:  # reported on the main thread
                errors.append(error)
        threads = [threading.Thread(target=guarded, args=(work,)) for work in workers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(errors, [])

    def test_distinct_options_per_thread(self):
        weights = array.array("q", range(1, 20001))
        expected = {m: tandem.allocate(10**9, weights, m) for m in ("hamilton", "webster")}

        def work(method):
            with tandem.Options(method) as options:
                for _ in range(20):
                    self.assertEqual(tandem.allocate(10**9, weights, options=options),
                                     expected[method])
        self._run([lambda m=m: work(m) for m in ("hamilton", "webster") * 2])

    def test_one_options_shared_by_threads_is_serialised(self):
        weights = list(range(1, 5001))
        expected = tandem.allocate(10**7, weights, "jefferson")
        with tandem.Options("jefferson") as options:
            def work():
                for _ in range(20):
                    self.assertEqual(tandem.allocate(10**7, weights, options=options), expected)
            self._run([work] * 4)

    def test_errors_are_per_thread(self):
        def fail():
            for _ in range(200):
                with self.assertRaises(tandem.Infeasible) as caught:
                    tandem.allocate(5, [0, 0])
                self.assertIn("weight zero", caught.exception.message)

        def tie():
            for _ in range(200):
                with self.assertRaises(tandem.Tie) as caught:
                    tandem.allocate(5, [70, 20, 10], ties="error")
                self.assertEqual(caught.exception.child, 0)
        self._run([fail, tie, fail, tie])


if __name__ == "__main__":
    unittest.main()
