export const id = 246;
export const ids = [246];
export const modules = {

/***/ 246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fix: () => (/* binding */ fix)
/* harmony export */ });
async function fix(_args, io) {
    io.stderr('self-heal fix: not implemented yet\n');
    return 2;
}


/***/ })

};
