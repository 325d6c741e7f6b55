"""Options: a tandem_alloc_options handle (method, quantum, tie rule and reusable scratch).

    with tandem.Options(method="webster") as opts:
        for region in regions:
            shares = tandem.allocate(region.total, region.weights, options=opts)

Repeated calls with one Options reuse its scratch memory instead of allocating
per call. The C handle must not be used by two threads at once; ctypes releases
the GIL during a call, so every use of the handle goes through a lock.
"""

import threading
from ctypes import byref, c_int32, c_int64

from ._arrays import integer
from ._library import OptionsPtr, check, lib
from ._names import method_code, method_name, tie_rule_code, tie_rule_name


class Options:
    """Apportionment settings plus scratch memory, for repeated calls to allocate()."""

    def __init__(self, method="hamilton", quantum=1, ties="input-order"):
        self._handle = None  # set first: __del__ runs even if __init__ fails
        self._lock = threading.Lock()
        handle = OptionsPtr()
        check(lib.tandem_alloc_options_create(byref(handle)))
        self._handle = handle
        try:
            self.method = method
            self.quantum = quantum
            self.ties = ties
        except BaseException:
            self.close()
            raise

    # -- settings ------------------------------------------------------------------

    def _get(self):
        method, quantum, ties = c_int32(), c_int64(), c_int32()
        with self._lock:
            check(lib.tandem_alloc_options_get(self._live(), byref(method), byref(quantum),
                                               byref(ties)))
        return method.value, quantum.value, ties.value

    def _set(self, setter, value):
        with self._lock:
            check(setter(self._live(), value))

    @property
    def method(self):
        """Canonical method name ("hamilton"); set with any name or alias."""
        return method_name(self._get()[0])

    @method.setter
    def method(self, name):
        self._set(lib.tandem_alloc_options_set_method, method_code(name))

    @property
    def quantum(self):
        """Every share is a whole multiple of this (> 0), in the units of the total."""
        return self._get()[1]

    @quantum.setter
    def quantum(self, value):
        self._set(lib.tandem_alloc_options_set_quantum, integer(value, "quantum"))

    @property
    def ties(self):
        """Canonical tie-rule name ("input-order"); set with any accepted name."""
        return tie_rule_name(self._get()[2])

    @ties.setter
    def ties(self, name):
        self._set(lib.tandem_alloc_options_set_ties, tie_rule_code(name))

    # -- lifetime ------------------------------------------------------------------

    @property
    def closed(self):
        return self._handle is None

    def _live(self):
        if self._handle is None:
            raise ValueError("tandem.Options is closed")
        return self._handle

    def close(self, _destroy=lib.tandem_alloc_options_destroy):
        """Frees the handle and its scratch memory. Safe to call more than once."""
        # _destroy is bound at definition so that close() works during interpreter
        # shutdown, when module globals may already be gone.
        with self._lock:
            handle, self._handle = self._handle, None
        if handle is not None:
            _destroy(handle)

    def __enter__(self):
        self._live()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        if getattr(self, "_handle", None) is not None:
            self.close()

    def __repr__(self):
        if self.closed:
            return "<tandem.Options closed>"
        return "tandem.Options(method=%r, quantum=%r, ties=%r)" % (
            self.method, self.quantum, self.ties)
