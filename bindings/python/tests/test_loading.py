"""Loading the library: version checks, every header function declared with its exact C types."""

import ctypes
import ctypes.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import tandem
from tandem import _library

HEADER = os.path.join(os.path.dirname(__file__), "..", "..", "..", "capi", "tandem.h")
PACKAGE_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(tandem.__file__)))

# C parameter and return types of tandem.h and the ctypes type each must be declared as.
C_TYPES = {
    "void": None, "int32_t": ctypes.c_int32, "int64_t": ctypes.c_int64,
    "size_t": ctypes.c_size_t, "bool": ctypes.c_bool,
    "tandem_status": ctypes.c_int32, "tandem_method": ctypes.c_int32,
    "tandem_tie_rule": ctypes.c_int32, "tandem_rounding": ctypes.c_int32,
    "const char*": ctypes.c_char_p, "char*": ctypes.POINTER(ctypes.c_char),
    "void*": ctypes.c_void_p, "const char* const*": ctypes.POINTER(ctypes.c_char_p),
    "int64_t*": ctypes.POINTER(ctypes.c_int64), "const int64_t*": ctypes.POINTER(ctypes.c_int64),
    "int32_t*": ctypes.POINTER(ctypes.c_int32), "size_t*": ctypes.POINTER(ctypes.c_size_t),
    "tandem_method*": ctypes.POINTER(ctypes.c_int32),
    "tandem_tie_rule*": ctypes.POINTER(ctypes.c_int32),
    "tandem_alloc_options*": _library.OptionsPtr,
    "const tandem_alloc_options*": _library.OptionsPtr,
    "tandem_alloc_options**": ctypes.POINTER(_library.OptionsPtr),
    "tandem_allocation*": _library.AllocationPtr,
    "const tandem_allocation*": _library.AllocationPtr,
    "tandem_allocation**": ctypes.POINTER(_library.AllocationPtr),
    "bool*": ctypes.POINTER(ctypes.c_bool),
    "tandem_period_kind": ctypes.c_int32, "tandem_period_kind*": ctypes.POINTER(ctypes.c_int32),
    "tandem_spread_basis": ctypes.c_int32, "tandem_spread_basis*": ctypes.POINTER(ctypes.c_int32),
    "tandem_weekday": ctypes.c_int32, "tandem_fiscal_year_naming": ctypes.c_int32,
    "tandem_retail_pattern": ctypes.c_int32, "tandem_year_end_rule": ctypes.c_int32,
    "tandem_zero_policy": ctypes.c_int32, "tandem_key_unit": ctypes.c_int32,
    "tandem_value_match": ctypes.c_int32,
    "tandem_day_basis": ctypes.c_int32, "tandem_shortfall_policy": ctypes.c_int32,
    "tandem_surplus_policy": ctypes.c_int32,
    "tandem_lang": ctypes.c_int32, "tandem_lang*": ctypes.POINTER(ctypes.c_int32),
}
# The opaque handles of the time section, each as T*, const T* and T** (create's out).
for _handle, _pointer in (("tandem_fiscal_calendar", _library.FiscalCalendarPtr),
                          ("tandem_working_calendar", _library.WorkingCalendarPtr),
                          ("tandem_periods", _library.PeriodsPtr),
                          ("tandem_spread_options", _library.SpreadOptionsPtr),
                          ("tandem_target_series", _library.TargetSeriesPtr)):
    C_TYPES[_handle + "*"] = C_TYPES["const " + _handle + "*"] = _pointer
    C_TYPES[_handle + "**"] = ctypes.POINTER(_pointer)

# The product lifecycle section (org): its enumerations, handles and result struct.
C_TYPES.update({
    "tandem_lifecycle_stage": ctypes.c_int32,
    "tandem_lifecycle_stage*": ctypes.POINTER(ctypes.c_int32),
    "tandem_lifecycle_rule": ctypes.c_int32,
    "tandem_lifecycle_proposal*": _library.LifecycleProposalPtr,
})
for _handle, _pointer in (("tandem_product_lifecycle", _library.ProductLifecyclePtr),
                          ("tandem_lifecycle_options", _library.LifecycleOptionsPtr)):
    C_TYPES[_handle + "*"] = C_TYPES["const " + _handle + "*"] = _pointer
    C_TYPES[_handle + "**"] = ctypes.POINTER(_pointer)

# The organisation, loop and document sections (org): enumerations, handles, structs.
for _enum in ("tandem_unit_kind", "tandem_unit_function", "tandem_duty_source",
              "tandem_flow_direction", "tandem_cadence", "tandem_due_anchor", "tandem_item_kind",
              "tandem_obligation_status"):
    C_TYPES[_enum] = ctypes.c_int32
    C_TYPES[_enum + "*"] = ctypes.POINTER(ctypes.c_int32)
for _handle, _pointer in (("tandem_id_list", _library.IdListPtr),
                          ("tandem_organisation", _library.OrganisationPtr),
                          ("tandem_org_model_result", _library.OrgModelResultPtr),
                          ("tandem_flow_spec", _library.FlowSpecPtr),
                          ("tandem_loop_schedule", _library.LoopSchedulePtr),
                          ("tandem_obligations", _library.ObligationsPtr),
                          ("tandem_loop_health_list", _library.LoopHealthListPtr)):
    C_TYPES[_handle + "*"] = C_TYPES["const " + _handle + "*"] = _pointer
    C_TYPES[_handle + "**"] = ctypes.POINTER(_pointer)
C_TYPES.update({
    "const tandem_direction_health*": _library.DirectionHealthPtr,
    "tandem_loop_health*": _library.LoopHealthPtr,
})
# The biproportional section (alloc): its result handle.
C_TYPES["tandem_biproportional_result*"] = _library.BiproportionalResultPtr
C_TYPES["const tandem_biproportional_result*"] = _library.BiproportionalResultPtr
C_TYPES["tandem_biproportional_result**"] = ctypes.POINTER(_library.BiproportionalResultPtr)

# The plan section: its enumerations, handles and report row.
for _enum in ("tandem_measure", "tandem_sales_unit_kind", "tandem_share_basis",
              "tandem_seasonality"):
    C_TYPES[_enum] = ctypes.c_int32
    C_TYPES[_enum + "*"] = ctypes.POINTER(ctypes.c_int32)
for _handle, _pointer in (("tandem_plan", _library.PlanPtr),
                          ("tandem_actuals", _library.ActualsPtr),
                          ("tandem_plan_report", _library.PlanReportPtr),
                          ("tandem_plan_revision", _library.PlanRevisionPtr)):
    C_TYPES[_handle + "*"] = C_TYPES["const " + _handle + "*"] = _pointer
    C_TYPES[_handle + "**"] = ctypes.POINTER(_pointer)
C_TYPES["tandem_plan_report_row*"] = _library.PlanReportRowPtr


class StructLayouts(unittest.TestCase):
    """The result structs' layouts, fixed for 0.x, read off tandem.h by hand."""

    def test_direction_and_loop_health(self):
        self.assertEqual(ctypes.sizeof(_library.DirectionHealth), 5 * 4)
        self.assertEqual(_library.LoopHealth.first.offset, 0)
        self.assertEqual(_library.LoopHealth.last.offset, 11)  # TANDEM_DATE_SIZE
        self.assertEqual(_library.LoopHealth.marketing_to_sales.offset, 24)  # 22 + 2 padding
        self.assertEqual(_library.LoopHealth.sales_to_marketing.offset, 44)
        self.assertEqual(ctypes.sizeof(_library.LoopHealth), 64)
        with open(HEADER, encoding="utf-8") as file:
            self.assertIn("#define TANDEM_DATE_SIZE 11", file.read())

    def test_plan_report_row(self):
        size = ctypes.sizeof(ctypes.c_size_t)
        self.assertEqual(_library.PlanReportRow.target.offset, 2 * size)
        self.assertEqual(_library.PlanReportRow.has_to_date.offset, 2 * size + 8 * 8)
        self.assertEqual(ctypes.sizeof(_library.PlanReportRow), 2 * size + 8 * 8 + 8)


def header_functions():
    """{name: (return type, [parameter types])} parsed from the TANDEM_API declarations."""
    with open(HEADER, encoding="utf-8") as file:
        text = re.sub(r"/\*.*?\*/", "", file.read(), flags=re.S)
    functions = {}
    for match in re.finditer(r"TANDEM_API\s+([^;(]*?)\s*(tandem_\w+)\s*\(([^)]*)\)\s*;", text):
        result, name, params = match.groups()
        types = []
        for param in params.split(","):
            param = " ".join(param.split())
            if param == "void":
                continue
            kind = re.sub(r"\s*\w+$", "", param)  # drop the parameter name
            types.append(re.sub(r"\s*\*", "*", kind))
        functions[name] = (re.sub(r"\s*\*", "*", result), types)
    return functions


class Declarations(unittest.TestCase):
    def test_every_header_function_is_declared_with_its_exact_types(self):
        functions = header_functions()
        self.assertGreaterEqual(len(functions), 26)
        self.assertEqual(set(functions), set(_library._PROTOTYPES))
        for name, (result, params) in functions.items():
            with self.subTest(function=name):
                restype, argtypes = _library._PROTOTYPES[name]
                self.assertIs(C_TYPES[result], restype)
                self.assertEqual([C_TYPES[p] for p in params], argtypes)
                declared = getattr(_library.lib, name)
                self.assertIs(declared.restype, restype)
                self.assertEqual(declared.argtypes, argtypes)


class Versions(unittest.TestCase):
    def test_runtime_version(self):
        number = tandem.version_number
        self.assertEqual(tandem.__version__, "%d.%d.%d" % (number // 10000, number // 100 % 100,
                                                           number % 100))
        self.assertEqual(number // 10000, tandem.BINDING_VERSION_MAJOR)

    def test_header_version_matches_the_binding(self):
        with open(HEADER, encoding="utf-8") as file:
            text = file.read()
        major = int(re.search(r"#define TANDEM_VERSION_MAJOR (\d+)", text).group(1))
        minor = int(re.search(r"#define TANDEM_VERSION_MINOR (\d+)", text).group(1))
        self.assertEqual((major, minor), (tandem.BINDING_VERSION_MAJOR,
                                          tandem.BINDING_VERSION_MINOR))


def import_with(library):
    """Imports tandem in a fresh interpreter with TANDEM_LIBRARY=library; (code, stderr)."""
    env = dict(os.environ, TANDEM_LIBRARY=library, PYTHONPATH=PACKAGE_ROOT)
    process = subprocess.run([sys.executable, "-c", "import tandem"], env=env,
                             capture_output=True, text=True, timeout=60)
    return process.returncode, process.stderr


class Loading(unittest.TestCase):
    def test_a_library_next_to_the_package_is_found(self):
        with tempfile.TemporaryDirectory() as folder:
            shutil.copytree(os.path.join(PACKAGE_ROOT, "tandem"), os.path.join(folder, "tandem"))
            shutil.copy(_library.lib._name, os.path.join(folder, "tandem", "libtandem.so"))
            env = {k: v for k, v in os.environ.items() if k != "TANDEM_LIBRARY"}
            env.update(PYTHONPATH=folder, PYTHONDONTWRITEBYTECODE="1")
            process = subprocess.run(
                [sys.executable, "-c", "import tandem; print(tandem._library.lib._name)"],
                env=env, cwd=folder, capture_output=True, text=True, timeout=60)
            self.assertEqual(process.returncode, 0, process.stderr)
            self.assertEqual(process.stdout.strip(),
                             os.path.join(folder, "tandem", "libtandem.so"))

    def test_missing_library_is_a_clear_import_error(self):
        code, stderr = import_with("/nonexistent/libtandem.so")
        self.assertNotEqual(code, 0)
        self.assertIn("ImportError", stderr)
        self.assertIn("TANDEM_LIBRARY", stderr)
        self.assertIn("/nonexistent/libtandem.so", stderr)

    def test_a_library_that_is_not_tandem_is_refused(self):
        libc = ctypes.util.find_library("c")
        if libc is None:
            self.skipTest("no C library to load")
        code, stderr = import_with(libc)
        self.assertNotEqual(code, 0)
        self.assertIn("not a Tandem C library", stderr)

    def test_the_library_named_by_tandem_library_is_the_one_loaded(self):
        if "TANDEM_LIBRARY" not in os.environ:
            self.skipTest("TANDEM_LIBRARY is not set")
        code, stderr = import_with(os.environ["TANDEM_LIBRARY"])
        self.assertEqual(code, 0, stderr)


if __name__ == "__main__":
    unittest.main()
