"""The exceptions of the binding: one class per tandem_status of capi/tandem.h.

Every failed C call becomes a TandemError subclass carrying the status code, the
library's message and the index of the child at fault (None when the failure
concerns the request as a whole). Errors of argument shape are also ValueError
subclasses, so that code written against plain Python habits still catches them.
"""

OK = 0
E_INVALID_ARGUMENT = 1
E_PARSE = 2
E_OUT_OF_RANGE = 3
E_OVERFLOW = 4
E_INFEASIBLE = 5
E_TIE = 6
E_NO_MEMORY = 7
E_INTERNAL = 8


class TandemError(Exception):
    """A failed Tandem call: .status (int), .message (str), .child (int or None)."""

    status = None

    def __init__(self, message, status=None, child=None):
        super().__init__(message)
        if status is not None:
            self.status = status
        self.message = message
        self.child = child

    def __str__(self):
        if self.child is None:
            return self.message
        return "%s (child %d)" % (self.message, self.child)

    def __repr__(self):
        return "%s(%r, status=%r, child=%r)" % (
            type(self).__name__, self.message, self.status, self.child)


class InvalidArgument(TandemError, ValueError):
    """A parameter is malformed: size mismatch, zero quantum, unknown name."""
    status = E_INVALID_ARGUMENT


class ParseError(TandemError, ValueError):
    """Text is not a well-formed decimal."""
    status = E_PARSE


class OutOfRange(TandemError, ValueError):
    """A value lies outside what is allowed: negative, too many decimals, min > max."""
    status = E_OUT_OF_RANGE


class Overflow(TandemError, OverflowError):
    """An exact value does not fit a 64-bit integer."""
    status = E_OVERFLOW


class Infeasible(TandemError):
    """The request is well-formed but no allocation satisfies it."""
    status = E_INFEASIBLE


class Tie(TandemError):
    """The tie rule is "error" and the result depends on a tie; .child is the first tied child."""
    status = E_TIE


class NoMemory(TandemError, MemoryError):
    """The library could not allocate memory."""
    status = E_NO_MEMORY


class Internal(TandemError):
    """A bug in Tandem: please report it with the message."""
    status = E_INTERNAL


_BY_STATUS = {cls.status: cls for cls in (
    InvalidArgument, ParseError, OutOfRange, Overflow, Infeasible, Tie, NoMemory, Internal)}


def error_for_status(status, message, child):
    """The exception for a failed status; `child` is the C value (-1 for none).

    A status this binding does not know (a newer library) still gives a
    TandemError carrying it, never a crash.
    """
    cls = _BY_STATUS.get(status, TandemError)
    return cls(message, status=status, child=None if child < 0 else child)
